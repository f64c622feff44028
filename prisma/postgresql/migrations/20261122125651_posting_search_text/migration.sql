-- AlterTable
ALTER TABLE "Posting" ADD COLUMN     "searchLocation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Posting" ADD COLUMN     "titleSortKey" TEXT NOT NULL DEFAULT '';

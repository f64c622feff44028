-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "revealedAt" TIMESTAMP(3),
ADD COLUMN     "revealedById" TEXT;

-- AlterTable
ALTER TABLE "Posting" ADD COLUMN     "blindReview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "secondFactorAt" DATETIME;
ALTER TABLE "Session" ADD COLUMN "secondFactorMethod" TEXT;

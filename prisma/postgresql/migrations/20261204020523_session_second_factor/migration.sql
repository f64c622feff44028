-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "secondFactorAt" TIMESTAMP(3),
ADD COLUMN     "secondFactorMethod" TEXT;

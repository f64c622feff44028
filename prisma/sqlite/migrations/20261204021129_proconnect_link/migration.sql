-- AlterTable
ALTER TABLE "User" ADD COLUMN "oidcLinkedAt" DATETIME;

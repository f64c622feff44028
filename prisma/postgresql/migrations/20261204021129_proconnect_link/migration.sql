-- AlterTable
ALTER TABLE "User" ADD COLUMN     "oidcLinkedAt" TIMESTAMP(3);

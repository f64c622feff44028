-- AlterEnum
ALTER TYPE "MemberRole" ADD VALUE 'MANAGER';

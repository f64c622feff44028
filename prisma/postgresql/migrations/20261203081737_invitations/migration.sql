-- DropIndex
DROP INDEX "User_invitationTokenHash_key";

-- AlterTable
ALTER TABLE "User" DROP COLUMN "invitationExpiresAt",
DROP COLUMN "invitationTokenHash",
ADD COLUMN     "invitedAt" TIMESTAMP(3);

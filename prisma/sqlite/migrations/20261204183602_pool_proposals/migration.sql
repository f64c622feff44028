-- CreateTable
CREATE TABLE "PoolProposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "withdrawalTokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PoolProposal_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PoolProposal_withdrawalTokenHash_key" ON "PoolProposal"("withdrawalTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "PoolProposal_email_postingId_key" ON "PoolProposal"("email", "postingId");

-- AlterTable
ALTER TABLE "Posting" ADD COLUMN     "contacts" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "sourceHash" TEXT;

-- CreateTable
CREATE TABLE "PostingPlace" (
    "id" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "inseeCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "postcode" TEXT,
    "departementCode" TEXT NOT NULL,
    "departementName" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "regionName" TEXT NOT NULL,

    CONSTRAINT "PostingPlace_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingRedirect" (
    "path" TEXT NOT NULL,
    "postingId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostingRedirect_pkey" PRIMARY KEY ("path")
);

-- CreateTable
CREATE TABLE "SyncSource" (
    "id" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "lastCommit" TEXT,
    "syncedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SyncSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingSync" (
    "postingId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "commitAt" TIMESTAMP(3),
    "author" TEXT,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conflict" TEXT,
    "conflictAt" TIMESTAMP(3),

    CONSTRAINT "PostingSync_pkey" PRIMARY KEY ("postingId")
);

-- CreateIndex
CREATE INDEX "PostingPlace_inseeCode_idx" ON "PostingPlace"("inseeCode");

-- CreateIndex
CREATE INDEX "PostingPlace_departementCode_idx" ON "PostingPlace"("departementCode");

-- CreateIndex
CREATE INDEX "PostingPlace_regionCode_idx" ON "PostingPlace"("regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "PostingPlace_postingId_inseeCode_key" ON "PostingPlace"("postingId", "inseeCode");

-- CreateIndex
CREATE INDEX "PostingRedirect_postingId_idx" ON "PostingRedirect"("postingId");

-- CreateIndex
CREATE UNIQUE INDEX "SyncSource_path_key" ON "SyncSource"("path");

-- CreateIndex
CREATE UNIQUE INDEX "PostingSync_sourceId_path_key" ON "PostingSync"("sourceId", "path");

-- CreateIndex
CREATE INDEX "Posting_sourceFile_idx" ON "Posting"("sourceFile");

-- CreateIndex
CREATE INDEX "Posting_sourceHash_idx" ON "Posting"("sourceHash");

-- AddForeignKey
ALTER TABLE "PostingPlace" ADD CONSTRAINT "PostingPlace_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingRedirect" ADD CONSTRAINT "PostingRedirect_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingSync" ADD CONSTRAINT "PostingSync_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingSync" ADD CONSTRAINT "PostingSync_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SyncSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

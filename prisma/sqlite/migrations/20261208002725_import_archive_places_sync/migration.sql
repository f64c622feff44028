-- CreateTable
CREATE TABLE "PostingPlace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "inseeCode" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "postcode" TEXT,
    "departementCode" TEXT NOT NULL,
    "departementName" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "regionName" TEXT NOT NULL,
    CONSTRAINT "PostingPlace_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostingRedirect" (
    "path" TEXT NOT NULL PRIMARY KEY,
    "postingId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PostingRedirect_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SyncSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "path" TEXT NOT NULL,
    "lastCommit" TEXT,
    "syncedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PostingSync" (
    "postingId" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "commit" TEXT NOT NULL,
    "commitAt" DATETIME,
    "author" TEXT,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "conflict" TEXT,
    "conflictAt" DATETIME,
    CONSTRAINT "PostingSync_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PostingSync_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "SyncSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Posting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "roles" TEXT,
    "organisationId" TEXT NOT NULL,
    "team" TEXT,
    "contractType" TEXT,
    "contractDetail" TEXT,
    "duration" TEXT,
    "startDate" DATETIME,
    "startDateText" TEXT,
    "location" TEXT,
    "remotePolicy" TEXT,
    "remoteDetail" TEXT,
    "pay" TEXT,
    "contactEmail" TEXT,
    "externalUrl" TEXT,
    "juniorsWelcome" BOOLEAN,
    "blindReview" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "opensAt" DATETIME,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "filledAt" DATETIME,
    "body" TEXT NOT NULL,
    "extraFrontMatter" TEXT NOT NULL DEFAULT '{}',
    "sourceFile" TEXT,
    "sourceHash" TEXT,
    "contacts" TEXT NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchLocation" TEXT NOT NULL DEFAULT '',
    "titleSortKey" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Posting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Posting" ("blindReview", "body", "closedAt", "closesAt", "contactEmail", "contractDetail", "contractType", "createdAt", "duration", "externalUrl", "extraFrontMatter", "filledAt", "id", "juniorsWelcome", "location", "opensAt", "organisationId", "pay", "publishedAt", "remoteDetail", "remotePolicy", "roles", "searchLocation", "searchText", "slug", "sourceFile", "startDate", "startDateText", "status", "team", "title", "titleSortKey", "updatedAt", "version") SELECT "blindReview", "body", "closedAt", "closesAt", "contactEmail", "contractDetail", "contractType", "createdAt", "duration", "externalUrl", "extraFrontMatter", "filledAt", "id", "juniorsWelcome", "location", "opensAt", "organisationId", "pay", "publishedAt", "remoteDetail", "remotePolicy", "roles", "searchLocation", "searchText", "slug", "sourceFile", "startDate", "startDateText", "status", "team", "title", "titleSortKey", "updatedAt", "version" FROM "Posting";
DROP TABLE "Posting";
ALTER TABLE "new_Posting" RENAME TO "Posting";
CREATE UNIQUE INDEX "Posting_slug_key" ON "Posting"("slug");
CREATE INDEX "Posting_status_publishedAt_idx" ON "Posting"("status", "publishedAt");
CREATE INDEX "Posting_organisationId_idx" ON "Posting"("organisationId");
CREATE INDEX "Posting_sourceFile_idx" ON "Posting"("sourceFile");
CREATE INDEX "Posting_sourceHash_idx" ON "Posting"("sourceHash");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

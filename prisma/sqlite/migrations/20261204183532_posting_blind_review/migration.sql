-- AlterTable
ALTER TABLE "Application" ADD COLUMN "revealedAt" DATETIME;
ALTER TABLE "Application" ADD COLUMN "revealedById" TEXT;

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
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchLocation" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Posting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Posting" ("body", "closedAt", "closesAt", "contactEmail", "contractDetail", "contractType", "createdAt", "duration", "externalUrl", "extraFrontMatter", "filledAt", "id", "juniorsWelcome", "location", "opensAt", "organisationId", "pay", "publishedAt", "remoteDetail", "remotePolicy", "roles", "searchLocation", "searchText", "slug", "sourceFile", "startDate", "startDateText", "status", "team", "title", "updatedAt", "version") SELECT "body", "closedAt", "closesAt", "contactEmail", "contractDetail", "contractType", "createdAt", "duration", "externalUrl", "extraFrontMatter", "filledAt", "id", "juniorsWelcome", "location", "opensAt", "organisationId", "pay", "publishedAt", "remoteDetail", "remotePolicy", "roles", "searchLocation", "searchText", "slug", "sourceFile", "startDate", "startDateText", "status", "team", "title", "updatedAt", "version" FROM "Posting";
DROP TABLE "Posting";
ALTER TABLE "new_Posting" RENAME TO "Posting";
CREATE UNIQUE INDEX "Posting_slug_key" ON "Posting"("slug");
CREATE INDEX "Posting_status_publishedAt_idx" ON "Posting"("status", "publishedAt");
CREATE INDEX "Posting_organisationId_idx" ON "Posting"("organisationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

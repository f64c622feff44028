-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Posting" (
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
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "publishedAt" DATETIME,
    "opensAt" DATETIME,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "filledAt" DATETIME,
    "body" TEXT NOT NULL,
    "extraFrontMatter" TEXT NOT NULL DEFAULT '{}',
    "sourceFile" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Posting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostingDomain" (
    "postingId" TEXT NOT NULL,
    "domain" TEXT NOT NULL,

    PRIMARY KEY ("postingId", "domain"),
    CONSTRAINT "PostingDomain_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PostingTechnology" (
    "postingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("postingId", "name"),
    CONSTRAINT "PostingTechnology_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE INDEX "Organisation_parentId_idx" ON "Organisation"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Posting_slug_key" ON "Posting"("slug");

-- CreateIndex
CREATE INDEX "Posting_status_publishedAt_idx" ON "Posting"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "Posting_organisationId_idx" ON "Posting"("organisationId");

-- CreateIndex
CREATE INDEX "PostingDomain_domain_idx" ON "PostingDomain"("domain");

-- CreateIndex
CREATE INDEX "PostingTechnology_name_idx" ON "PostingTechnology"("name");

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('INCUBATOR', 'STARTUP', 'TEAM', 'PARTNER');

-- CreateEnum
CREATE TYPE "PostingStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ContractType" AS ENUM ('PERMANENT', 'FIXED_TERM', 'INTERNSHIP', 'APPRENTICESHIP', 'FREELANCE', 'PUBLIC_SERVANT', 'OTHER');

-- CreateEnum
CREATE TYPE "RemotePolicy" AS ENUM ('NONE', 'PARTIAL', 'FULL');

-- CreateEnum
CREATE TYPE "Domain" AS ENUM ('DEVELOPMENT', 'DESIGN', 'PRODUCT', 'COACHING', 'DEPLOYMENT', 'DATA', 'COMMUNITY', 'INTRAPRENEURSHIP', 'OTHER');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Posting" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "roles" TEXT,
    "organisationId" TEXT NOT NULL,
    "team" TEXT,
    "contractType" "ContractType",
    "contractDetail" TEXT,
    "duration" TEXT,
    "startDate" TIMESTAMP(3),
    "startDateText" TEXT,
    "location" TEXT,
    "remotePolicy" "RemotePolicy",
    "remoteDetail" TEXT,
    "pay" TEXT,
    "contactEmail" TEXT,
    "externalUrl" TEXT,
    "juniorsWelcome" BOOLEAN,
    "status" "PostingStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "filledAt" TIMESTAMP(3),
    "body" TEXT NOT NULL,
    "extraFrontMatter" TEXT NOT NULL DEFAULT '{}',
    "sourceFile" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Posting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostingDomain" (
    "postingId" TEXT NOT NULL,
    "domain" "Domain" NOT NULL,

    CONSTRAINT "PostingDomain_pkey" PRIMARY KEY ("postingId","domain")
);

-- CreateTable
CREATE TABLE "PostingTechnology" (
    "postingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PostingTechnology_pkey" PRIMARY KEY ("postingId","name")
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

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingDomain" ADD CONSTRAINT "PostingDomain_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostingTechnology" ADD CONSTRAINT "PostingTechnology_postingId_fkey" FOREIGN KEY ("postingId") REFERENCES "Posting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

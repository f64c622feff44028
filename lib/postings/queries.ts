import "server-only";
import { getDb, providerOfDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { organisationsById } from "./organisation-directory";
import { placeSelect } from "./places";
import { isOpen, openWhere, publicWhere } from "./visibility";

export const PAGE_SIZE = 12;

/** The address of a posting's page. */

const organisationSelect = {
  slug: true,
  name: true,
  kind: true,
  parent: { select: { slug: true, name: true, kind: true } },
} as const;

const cardSelect = {
  slug: true,
  title: true,
  roles: true,
  contractType: true,
  location: true,
  remotePolicy: true,
  publishedAt: true,
  organisation: { select: organisationSelect },
} as const;

const { organisation: _organisation, ...flatCardSelect } = cardSelect;

/**
 * Newest first, undated postings last, then a stable order for pagination. SQLite already
 * puts NULLs last in a descending order; saying `nulls: "last"` there makes Prisma emit a
 * CASE expression that defeats the (status, publishedAt) index and sorts every matching row
 * (hundreds of milliseconds at 5,000 postings). PostgreSQL puts NULLs first unless told.
 */
export function newestFirst(db: Db): Prisma.PostingOrderByWithRelationInput[] {
  const publishedAt = providerOfDb(db) === "sqlite" ? ("desc" as const) : { sort: "desc" as const, nulls: "last" as const };
  return [{ publishedAt }, { createdAt: "desc" }, { id: "asc" }];
}

export type PostingCard = Prisma.PostingGetPayload<{ select: typeof cardSelect }>;

/** One page of cards: the postings' own columns in one query, their organisations from the directory. */
async function findCards(db: Db, where: Prisma.PostingWhereInput, skip: number, take: number): Promise<PostingCard[]> {
  const rows = await db.posting.findMany({
    where,
    orderBy: newestFirst(db),
    skip,
    take,
    select: { ...flatCardSelect, organisationId: true },
  });
  const organisations = await organisationsById(
    db,
    rows.map((row) => row.organisationId),
  );
  return rows.map(({ organisationId, ...row }) => ({ ...row, organisation: organisations.get(organisationId)! }));
}

export type PostingPage = {
  items: PostingCard[];
  total: number;
  page: number;
  pageCount: number;
};

/** One page of the postings matching `where`, newest first. Pages start at 1; a page past the end is empty. */
export async function findPostingPage(where: Prisma.PostingWhereInput, page: number, pageSize = PAGE_SIZE): Promise<PostingPage> {
  const db = await getDb();
  const current = Number.isInteger(page) && page > 0 ? page : 1;
  const [items, total] = await Promise.all([findCards(db, where, (current - 1) * pageSize, pageSize), db.posting.count({ where })]);
  return { items, total, page: current, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** One page of the open postings, newest first. */
export function listOpenPostings(page = 1, now = new Date(), pageSize = PAGE_SIZE): Promise<PostingPage> {
  return findPostingPage(openWhere(now), page, pageSize);
}

export type PublicPosting = NonNullable<Awaited<ReturnType<typeof findPublicPosting>>> & {
  open: boolean;
};

function findPublicPosting(db: Db, slug: string, now: Date) {
  return db.posting.findFirst({
    where: { slug, ...publicWhere(now) },
    select: {
      ...cardSelect,
      team: true,
      contractDetail: true,
      duration: true,
      startDate: true,
      startDateText: true,
      remoteDetail: true,
      pay: true,
      contactEmail: true,
      externalUrl: true,
      juniorsWelcome: true,
      status: true,
      opensAt: true,
      closesAt: true,
      closedAt: true,
      filledAt: true,
      body: true,
      updatedAt: true,
      domains: { select: { domain: true }, orderBy: { domain: "asc" } },
      technologies: { select: { name: true }, orderBy: { name: "asc" } },
      places: placeSelect,
    },
  });
}

/** A posting as the public sees it (published or closed), or null: drafts and unknown slugs alike. */
export async function getPublicPosting(slug: string, now = new Date()): Promise<PublicPosting | null> {
  const db = await getDb();
  const posting = await findPublicPosting(db, slug, now);
  return posting ? { ...posting, open: isOpen(posting, now) } : null;
}

/** Every open posting's slug and last change, for the sitemap. */
export async function listOpenPostingSlugs(now = new Date()): Promise<{ slug: string; updatedAt: Date }[]> {
  const db = await getDb();
  return db.posting.findMany({ where: openWhere(now), select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
}

import "server-only";
// Reads of the admin area: always scoped to the organisations the actor may read.
import { applicationScope, assertCan, can, organisationScope, postingScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma, PostingStatus } from "@/lib/db/models";
import { openWhere } from "@/lib/postings/visibility";
import { editableSelect, loadEditable, type EditablePosting } from "./load";
import { startOfParisWeek } from "@/lib/dates/paris";
import { queryWords } from "@/lib/postings/search/text";
import { defineSort, type Sort } from "@/lib/admin/sorting";
import { ORGANISATION_CHOICE_SELECT } from "@/lib/organisations/choices";
import { inFrenchOrder } from "@/lib/text/french-order";

export const ADMIN_PAGE_SIZE = 20;

/** What the list shows of an offer's lifecycle, beyond its stored status. */
export type AdminStatus = "draft" | "scheduled" | "open" | "expired" | "closed" | "filled";

export function adminStatus(
  p: { status: PostingStatus; publishedAt: Date | null; closesAt: Date | null; filledAt: Date | null },
  now: Date,
): AdminStatus {
  if (p.status === "DRAFT") return "draft";
  if (p.status === "CLOSED") return p.filledAt ? "filled" : "closed";
  if (p.publishedAt && p.publishedAt > now) return "scheduled";
  if (p.closesAt && p.closesAt <= now) return "expired";
  return "open";
}

/** The offers list's sortable columns, by their URL key: most recently changed first by default. */
export const ADMIN_POSTINGS_SORT = defineSort({
  columns: { intitule: "asc", modifiee: "desc" },
  fallback: { key: "modifiee", direction: "desc" },
});
export type AdminPostingsSort = Sort<keyof typeof ADMIN_POSTINGS_SORT.columns>;

/** The order of a sort, the id last so that pages never share nor skip a row. */
function postingsOrder({ key, direction }: AdminPostingsSort): Prisma.PostingOrderByWithRelationInput[] {
  const first: Prisma.PostingOrderByWithRelationInput = key === "intitule" ? { titleSortKey: direction } : { updatedAt: direction };
  return [first, { id: "asc" }];
}

export type AdminPostingFilters = { status?: AdminStatus; organisationId?: string; q?: string; page?: number; sort?: AdminPostingsSort };

function statusWhere(status: AdminStatus | undefined, now: Date): Prisma.PostingWhereInput {
  switch (status) {
    case undefined:
      return {};
    case "draft":
      return { status: "DRAFT" };
    case "filled":
      return { status: "CLOSED", filledAt: { not: null } };
    case "closed":
      return { status: "CLOSED", filledAt: null };
    case "scheduled":
      return { status: "PUBLISHED", publishedAt: { gt: now } };
    case "expired":
      return { status: "PUBLISHED", closesAt: { lte: now } };
    case "open":
      return openWhere(now);
  }
}

/**
 * The text filter: every word of `q` at the start of a word of the offer (its normalised
 * search column: no case, no accents, on both backends), or `q` within its address (slug).
 */
function textWhere(q: string): Prisma.PostingWhereInput {
  const words = queryWords(q);
  const slug = q.toLowerCase();
  if (!words.length) return { slug: { contains: slug } };
  return { OR: [{ AND: words.map((word) => ({ searchText: { contains: ` ${word}` } })) }, { slug: { contains: slug } }] };
}

/** One page of the offers the actor may read, in the order asked (most recently changed first by default). */
export async function listAdminPostings(actor: Actor | null, filters: AdminPostingFilters = {}, now = new Date()) {
  assertCan(actor, "postings:read");
  const db = await getDb();
  const q = filters.q?.trim();
  const where: Prisma.PostingWhereInput = {
    AND: [
      postingScope(actor, "postings:read"),
      filters.organisationId ? { organisationId: filters.organisationId } : {},
      statusWhere(filters.status, now),
      q ? textWhere(q) : {},
    ],
  };
  const page = filters.page && filters.page > 0 ? filters.page : 1;
  const [rows, total] = await Promise.all([
    db.posting.findMany({
      where,
      orderBy: postingsOrder(filters.sort ?? ADMIN_POSTINGS_SORT.fallback),
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        closesAt: true,
        filledAt: true,
        updatedAt: true,
        organisation: { select: { id: true, name: true } },
      },
    }),
    db.posting.count({ where }),
  ]);
  return {
    items: rows.map((row) => ({ ...row, adminStatus: adminStatus(row, now), canWrite: can(actor, "postings:write", row.organisation.id) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
  };
}

/** An offer as the edit form needs it, or null when it does not exist or the actor may not read it. */
export async function getAdminPosting(actor: Actor | null, id: string): Promise<(EditablePosting & { canWrite: boolean }) | null> {
  assertCan(actor, "postings:read");
  const posting = await loadEditable(await getDb(), id);
  if (!posting || !can(actor, "postings:read", posting.organisationId)) return null;
  return { ...posting, canWrite: can(actor, "postings:write", posting.organisationId) };
}

/** The organisations the actor may publish for, for the form's choice, in French order. */
export async function writableOrganisations(actor: Actor | null) {
  assertCan(actor, "postings:write");
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    where: organisationScope(actor, "postings:write"),
    select: { id: true, slug: true, name: true, kind: true, parent: { select: { id: true, slug: true, name: true, kind: true } } },
  });
  return inFrenchOrder(organisations, (o) => o.name);
}

/** The organisations whose offers the actor may read, for the list's filter, in French order. */
export async function readableOrganisations(actor: Actor | null) {
  assertCan(actor, "postings:read");
  const db = await getDb();
  const organisations = await db.organisation.findMany({
    where: organisationScope(actor, "postings:read"),
    select: ORGANISATION_CHOICE_SELECT,
  });
  return inFrenchOrder(organisations, (o) => o.name);
}

/** The dashboard's counts over the actor's organisations. */
export async function dashboardCounts(actor: Actor | null, now = new Date()) {
  assertCan(actor, "postings:read");
  const db = await getDb();
  const scope = postingScope(actor, "postings:read");
  const count = (where: Prisma.PostingWhereInput) => db.posting.count({ where: { AND: [scope, where] } });
  const [open, drafts, scheduled, closingSoon, applicationsThisWeek] = await Promise.all([
    count(openWhere(now)),
    count({ status: "DRAFT" }),
    count(statusWhere("scheduled", now)),
    count({ AND: [openWhere(now), { closesAt: { lte: new Date(now.getTime() + 7 * 86_400_000) } }] }),
    applicationsSince(actor, startOfParisWeek(now)),
  ]);
  return { open, drafts, scheduled, closingSoon, applicationsThisWeek };
}

/** Applications received since `since` on the offers whose applications the actor may read; null when none. */
async function applicationsSince(actor: Actor, since: Date): Promise<number | null> {
  if (!can(actor, "applications:read")) return null;
  const db = await getDb();
  return db.application.count({ where: { AND: [applicationScope(actor, "applications:read"), { createdAt: { gte: since } }] } });
}

export { editableSelect };

/**
 * Where a synced offer lives in git (`npm run sync-postings`): its file, the last commit that
 * touched it and any conflict; null when the offer is not synced or the actor may not read it.
 */
export async function getPostingSync(actor: Actor | null, id: string) {
  assertCan(actor, "postings:read");
  const db = await getDb();
  const sync = await db.postingSync.findUnique({
    where: { postingId: id },
    select: {
      path: true,
      commit: true,
      commitAt: true,
      author: true,
      conflict: true,
      conflictAt: true,
      posting: { select: { organisationId: true } },
      source: { select: { path: true, syncedAt: true } },
    },
  });
  if (!sync || !can(actor, "postings:read", sync.posting.organisationId)) return null;
  const { posting, ...shown } = sync;
  return shown;
}

export type PostingSyncInfo = NonNullable<Awaited<ReturnType<typeof getPostingSync>>>;

import "server-only";
// Reads of the inbox: every one scoped to the organisations whose applications the actor
// may read. Another organisation's application answers null, as if it did not exist.
import { applicationScope, assertCan, can, postingScope, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import { type KnownPerson, removeContactDetails } from "@/lib/applications/contact-details";
import { cleanedCvText } from "@/lib/applications/cv-text";
import { isMasked, maskIdentity, shownIdentity } from "./blind";
import { INBOX_ORDER, inboxWhere, type InboxFilters } from "./filters";
import type { Selection } from "./selection";
import { beyond, INBOX_SORT, type InboxSort, inboxSegments, SORT_ROW_SELECT, segmentOrder } from "./order";

export const INBOX_PAGE_SIZE = 25;

type Identity = { id: string; email: string; phoneKey: string | null };

/**
 * The ids among `applications` whose candidate applied elsewhere too (same address or same
 * phone), counting only applications the actor may read: a duplicate never reveals another
 * organisation's candidates.
 */
async function withOtherApplications(actor: Actor, applications: Identity[]): Promise<Set<string>> {
  if (applications.length === 0) return new Set();
  const emails = [...new Set(applications.map((a) => a.email))];
  const phones = [...new Set(applications.flatMap((a) => (a.phoneKey ? [a.phoneKey] : [])))];
  const db = await getDb();
  const matches = await db.application.findMany({
    where: {
      AND: [
        applicationScope(actor, "applications:read"),
        { OR: [{ email: { in: emails } }, ...(phones.length ? [{ phoneKey: { in: phones } }] : [])] },
      ],
    },
    select: { id: true, email: true, phoneKey: true },
  });
  return new Set(
    applications
      .filter((a) => matches.some((m) => m.id !== a.id && (m.email === a.email || (a.phoneKey !== null && m.phoneKey === a.phoneKey))))
      .map((a) => a.id),
  );
}

/** One page of the inbox in `sort`'s order (newest first by default), each row flagged when its candidate applied more than once. */
export async function listInbox(actor: Actor | null, filters: InboxFilters, page = 1, sort: InboxSort = INBOX_SORT.fallback) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const where = inboxWhere(actor, filters);
  const current = Math.max(1, page);
  const segments = inboxSegments(sort);
  const counts = await Promise.all(segments.map((segment) => db.application.count({ where: { AND: [where, segment.where] } })));
  const total = counts.reduce((sum, count) => sum + count, 0);
  // The page's slice of each segment it spans, in order.
  let skip = (current - 1) * INBOX_PAGE_SIZE;
  let take = INBOX_PAGE_SIZE;
  const slices = segments.flatMap((segment, i) => {
    const count = counts[i]!;
    if (take === 0 || skip >= count) {
      skip = Math.max(0, skip - count);
      return [];
    }
    const slice = { segment, skip, take: Math.min(take, count - skip) };
    take -= slice.take;
    skip = 0;
    return [slice];
  });
  const pages = await Promise.all(
    slices.map(({ segment, skip, take }) =>
      db.application.findMany({
        where: { AND: [where, segment.where] },
        orderBy: segmentOrder(segment),
        skip,
        take,
        select: {
          id: true,
          firstName: true,
          lastName: true,
          email: true,
          phoneKey: true,
          status: true,
          needsReview: true,
          createdAt: true,
          revealedAt: true,
          posting: { select: { id: true, title: true, blindReview: true } },
        },
      }),
    ),
  );
  const rows = pages.flat();
  const duplicates = await withOtherApplications(actor, rows);
  return {
    // A masked row does not say that its candidate applied elsewhere: that would tie it to a name.
    items: rows.map((full) => {
      const { phoneKey: _p, ...row } = shownIdentity(full);
      return { ...row, duplicate: !row.masked && duplicates.has(row.id) };
    }),
    total,
    page: current,
    pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
  };
}

/** The offers whose applications the actor may read, for the inbox's filter. */
export async function inboxPostings(actor: Actor | null) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  return db.posting.findMany({
    where: postingScope(actor, "applications:read"),
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, organisation: { select: { name: true } } },
  });
}

export type HistoryEntry = {
  id: string;
  at: Date;
  kind: "status" | "mail" | "note";
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  authorLabel: string | null;
  detail: Record<string, string>;
  /** For a mail: whether the outbox has sent it yet. */
  sentAt?: Date | null;
};

/** An application with everything the team may see of it, or null when the actor may not read it. */
export async function getApplication(actor: Actor | null, id: string) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const application = await db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor, "applications:read")] },
    include: {
      posting: {
        select: {
          id: true,
          title: true,
          slug: true,
          contactEmail: true,
          organisationId: true,
          blindReview: true,
          organisation: { select: { name: true } },
        },
      },
      cv: { select: { fileName: true, mediaType: true, size: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      mails: { select: { dedupeKey: true, sentAt: true } },
    },
  });
  if (!application) return null;
  const { events, mails, ...rest } = application;
  const masked = isMasked(application);
  const sent = new Map(mails.map((m) => [m.dedupeKey, m.sentAt]));
  const history: HistoryEntry[] = events.map((e) => {
    const written = JSON.parse(e.detail) as Record<string, string>;
    // A mail sent to a masked candidate names them (its address, "Bonjour Zoé"): shown without.
    const detail = masked && e.kind === "mail" ? maskedMailDetail(written, application) : written;
    return {
      id: e.id,
      at: e.at,
      kind: e.kind as HistoryEntry["kind"],
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      authorLabel: e.authorLabel,
      detail,
      ...(e.kind === "mail" ? { sentAt: sent.get(detail.dedupeKey ?? "") ?? null } : {}),
    };
  });
  const others = masked
    ? []
    : await db.application.findMany({
        where: {
          AND: [
            applicationScope(actor, "applications:read"),
            { id: { not: id } },
            { OR: [{ email: application.email }, ...(application.phoneKey ? [{ phoneKey: application.phoneKey }] : [])] },
          ],
        },
        orderBy: INBOX_ORDER,
        select: { id: true, createdAt: true, status: true, email: true, phoneKey: true, posting: { select: { title: true } } },
      });
  const canWrite = can(actor, "applications:write", application.posting.organisationId);
  return {
    ...(masked ? maskIdentity(rest) : rest),
    masked,
    history,
    duplicates: others.map(({ email, phoneKey, ...other }) => ({
      ...other,
      sameEmail: email === application.email,
      samePhone: phoneKey !== null && phoneKey === application.phoneKey,
    })),
    canWrite,
    canReveal: masked && canWrite,
    canErase: can(actor, "applications:erase", application.posting.organisationId),
  };
}

export type AdminApplication = NonNullable<Awaited<ReturnType<typeof getApplication>>>;

function maskedMailDetail(detail: Record<string, string>, person: KnownPerson): Record<string, string> {
  const masked = Object.entries(detail).map(([key, value]) => [key, key === "to" ? "" : removeContactDetails(value, person)]);
  return { ...Object.fromEntries(masked), dedupeKey: detail.dedupeKey ?? "" };
}

const cvSelect = {
  fileName: true,
  mediaType: true,
  size: true,
  content: true,
  application: {
    select: {
      firstName: true,
      lastName: true,
      status: true,
      revealedAt: true,
      posting: { select: { title: true, organisationId: true, blindReview: true } },
    },
  },
} satisfies Prisma.ApplicationFileSelect;

function readableCv(actor: Actor | null, applicationId: string) {
  assertCan(actor, "applications:read");
  return getDb().then((db) =>
    db.applicationFile.findFirst({ where: { applicationId, application: applicationScope(actor, "applications:read") }, select: cvSelect }),
  );
}

/**
 * The CV of an application the actor may read, with its bytes; null otherwise. A masked
 * application's file is null too: it could name the candidate in its text or its metadata.
 */
export async function getApplicationCv(actor: Actor | null, applicationId: string) {
  const file = await readableCv(actor, applicationId);
  if (!file || isMasked(file.application)) return null;
  const { application, ...rest } = file;
  return { ...rest, postingTitle: application.posting.title, organisationId: application.posting.organisationId };
}

/**
 * What a masked application shows of its CV: its text without contact details, or null when
 * none could be read. Undefined when the application is unknown, has no CV or is not masked.
 */
export async function getMaskedCvText(actor: Actor | null, applicationId: string): Promise<string | null | undefined> {
  const file = await readableCv(actor, applicationId);
  if (!file || !isMasked(file.application)) return undefined;
  return cleanedCvText(file.content, file.application);
}

/**
 * Where an application stands in the inbox with `filters` and `sort`: the previous and next
 * ones in the same order, and its position when it still matches the filters (a move may have
 * taken it out). Null when the actor may not read it.
 */
export async function inboxNeighbours(actor: Actor | null, filters: InboxFilters, sort: InboxSort, id: string) {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const row = await db.application.findFirst({
    where: { AND: [{ id }, applicationScope(actor, "applications:read")] },
    select: SORT_ROW_SELECT,
  });
  if (!row) return null;
  const where = inboxWhere(actor, filters);
  const segments = inboxSegments(sort);
  const index = segments.findIndex((segment) => segment.holds(row));
  const own = segments[index]!;
  const nearest = async (side: "before" | "after") => {
    const near = await db.application.findFirst({
      where: { AND: [where, own.where, beyond(own, row, side)] },
      orderBy: segmentOrder(own, side === "before"),
      select: { id: true },
    });
    if (near) return near.id;
    // Past the edge of its segment: the nearest row of the next segments that hold any.
    const others = side === "before" ? segments.slice(0, index).reverse() : segments.slice(index + 1);
    for (const segment of others) {
      const edge = await db.application.findFirst({
        where: { AND: [where, segment.where] },
        orderBy: segmentOrder(segment, side === "before"),
        select: { id: true },
      });
      if (edge) return edge.id;
    }
    return null;
  };
  const [previous, next, matches, before, total] = await Promise.all([
    nearest("before"),
    nearest("after"),
    db.application.count({ where: { AND: [where, { id }] } }),
    Promise.all([
      ...segments.slice(0, index).map((segment) => db.application.count({ where: { AND: [where, segment.where] } })),
      db.application.count({ where: { AND: [where, own.where, beyond(own, row, "before")] } }),
    ]),
    db.application.count({ where }),
  ]);
  const position = matches ? before.reduce((sum, count) => sum + count, 0) + 1 : null;
  return { previous, next, position, total };
}

/**
 * New (still at the pipeline's first step) and total applications of each offer, among those
 * the actor may read, in one grouped query. An offer without any is left out.
 */
export async function applicationCounts(actor: Actor | null, postingIds: string[]): Promise<Map<string, { fresh: number; total: number }>> {
  const counts = new Map<string, { fresh: number; total: number }>();
  if (!actor || !can(actor, "applications:read") || postingIds.length === 0) return counts;
  const db = await getDb();
  const groups = await db.application.groupBy({
    by: ["postingId", "status"],
    where: { AND: [applicationScope(actor, "applications:read"), { postingId: { in: postingIds } }] },
    _count: { _all: true },
  });
  for (const group of groups) {
    const count = counts.get(group.postingId) ?? { fresh: 0, total: 0 };
    count.total += group._count._all;
    if (group.status === APPLICATION_STATUSES[0]) count.fresh += group._count._all;
    counts.set(group.postingId, count);
  }
  return counts;
}

/** How many applications of a bulk selection the actor may read now, for its confirmation page. */
export async function selectionCount(actor: Actor | null, selection: Selection): Promise<number> {
  assertCan(actor, "applications:read");
  const db = await getDb();
  const filters = selection.scope === "filters" ? selection.filters : { ids: selection.rows.map((row) => row.id) };
  return db.application.count({ where: inboxWhere(actor, filters) });
}

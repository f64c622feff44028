// The applications of an export, read in batches by keyset pagination over (createdAt, id),
// newest first like the inbox: memory holds one batch, whatever the number of rows.
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { INBOX_ORDER, inboxWhere, type InboxFilters } from "../filters";

/**
 * Rows per query. Larger batches cost the same processor time (measured at 500 and 2,000) but
 * hold the event loop longer: on SQLite a batch is read synchronously.
 */
export const EXPORT_BATCH_SIZE = 500;

type Cursor = { createdAt: Date; id: string };

/**
 * The rows after `cursor` in the inbox's order. The `lte` bound says nothing the `OR` does not,
 * but it is what the planners start the index range from: with the `OR` alone SQLite walked the
 * createdAt index from the newest row at every batch, an export of n rows reading n²/2 of them.
 */
const after = (cursor: Cursor | null): Prisma.ApplicationWhereInput =>
  cursor
    ? {
        createdAt: { lte: cursor.createdAt },
        OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }],
      }
    : {};

/**
 * Batches of the applications `actor` may read that match `filters`, each selected with
 * `select` (which must include id and createdAt). `extra` narrows further (e.g. "has a CV").
 */
export async function* exportBatches<S extends Prisma.ApplicationSelect & { id: true; createdAt: true }>(
  actor: Actor,
  filters: InboxFilters,
  select: S,
  { batchSize = EXPORT_BATCH_SIZE, extra = {} }: { batchSize?: number; extra?: Prisma.ApplicationWhereInput } = {},
): AsyncGenerator<Prisma.ApplicationGetPayload<{ select: S }>[]> {
  const db = await getDb();
  const where = inboxWhere(actor, filters);
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = (await db.application.findMany({
      where: { AND: [where, extra, after(cursor)] },
      orderBy: INBOX_ORDER,
      take: batchSize,
      select,
    })) as unknown as (Prisma.ApplicationGetPayload<{
      select: S;
    }> &
      Cursor)[];
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    cursor = { createdAt: last.createdAt, id: last.id };
  }
}

/** What a line says of its offer, and whether it is read blind: the same few hundred offers recur over thousands of rows. */
export type PostingLabel = { title: string; blindReview: boolean; organisation: { name: string } };

/**
 * `batches` with each application's offer attached, each offer read once per export rather than
 * once per batch through a relation (that second query cost as much as the rows). The offers are
 * those of applications already scoped to the actor: they need no scope of their own.
 */
export async function* withPostings<A extends { postingId: string }>(
  batches: AsyncIterable<A[]>,
): AsyncGenerator<(A & { posting: PostingLabel })[]> {
  const db = await getDb();
  const postings = new Map<string, PostingLabel>();
  for await (const batch of batches) {
    const missing = [...new Set(batch.map((a) => a.postingId))].filter((id) => !postings.has(id));
    if (missing.length > 0) {
      const found = await db.posting.findMany({
        where: { id: { in: missing } },
        select: { id: true, title: true, blindReview: true, organisation: { select: { name: true } } },
      });
      for (const { id, ...label } of found) postings.set(id, label);
    }
    yield batch.map((a) => ({ ...a, posting: postings.get(a.postingId)! }));
  }
}

/** How many applications the export will hold, for the audit log. */
export async function countExport(actor: Actor, filters: InboxFilters, extra: Prisma.ApplicationWhereInput = {}): Promise<number> {
  const db = await getDb();
  return db.application.count({ where: { AND: [inboxWhere(actor, filters), extra] } });
}

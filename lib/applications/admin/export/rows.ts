// The applications of an export, read in batches by keyset pagination over (createdAt, id),
// newest first like the inbox: memory holds one batch, whatever the number of rows.
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { INBOX_ORDER, inboxWhere, type InboxFilters } from "../filters";

export const EXPORT_BATCH_SIZE = 500;

type Cursor = { createdAt: Date; id: string };

const after = (cursor: Cursor | null): Prisma.ApplicationWhereInput =>
  cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {};

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

/** How many applications the export will hold, for the audit log. */
export async function countExport(actor: Actor, filters: InboxFilters, extra: Prisma.ApplicationWhereInput = {}): Promise<number> {
  const db = await getDb();
  return db.application.count({ where: { AND: [inboxWhere(actor, filters), extra] } });
}

// Deleting an application leaves nothing of the candidate behind: its CV, the team's notes,
// its history and every mail to or about it go in the same transaction, and with the
// candidate's last application the offers proposed to them from the pool
// (docs/decisions/0010-retention-and-erasure.md). The cascades would do it; the explicit
// deletes say so, and do not depend on the backend enforcing foreign keys.
import { providerOfDb, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";

/** Deletes the applications `ids` and everything hanging off them; returns how many went. */
export async function deleteApplications(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const applicationId = { in: [...ids] };
  const candidates = await tx.application.findMany({ where: { id: applicationId }, select: { email: true }, distinct: ["email"] });
  await tx.applicationFile.deleteMany({ where: { applicationId } });
  await tx.applicationNote.deleteMany({ where: { applicationId } });
  await tx.applicationEvent.deleteMany({ where: { applicationId } });
  await tx.outboxMail.deleteMany({ where: { applicationId } });
  const { count } = await tx.application.deleteMany({ where: { id: applicationId } });
  // The offers proposed to a candidate of the pool go with their last application.
  const emails = candidates.map((c) => c.email);
  const remaining = await tx.application.findMany({ where: { email: { in: emails } }, select: { email: true }, distinct: ["email"] });
  const gone = emails.filter((email) => !remaining.some((r) => r.email === email));
  if (gone.length > 0) await tx.poolProposal.deleteMany({ where: { email: { in: gone } } });
  return count;
}

/**
 * Once the deletion is committed. SQLite overwrites the deleted rows in place (secure_delete,
 * lib/db/adapter.ts), but its write-ahead log still holds copies of the pages as they were, until
 * a checkpoint writes the log back and truncates it: done here rather than at SQLite's next
 * automatic checkpoint, which leaves the old frames in the file. When another connection still
 * reads an older snapshot the checkpoint stops short (SQLite answers busy, it does not fail)
 * and the next erasure or automatic checkpoint finishes it. PostgreSQL: see the README (VACUUM).
 */
export async function forgetDeletedPages(db: Db): Promise<void> {
  if (providerOfDb(db) !== "sqlite") return;
  await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
}

// Deleting an application leaves nothing of the candidate behind: its CV, the team's notes,
// its history and every mail to or about it go in the same transaction
// (docs/decisions/0010-retention-and-erasure.md). The cascades would do it; the explicit
// deletes say so, and do not depend on the backend enforcing foreign keys.
import type { Prisma } from "@/lib/db/models";

/** Deletes the applications `ids` and everything hanging off them; returns how many went. */
export async function deleteApplications(tx: Prisma.TransactionClient, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const applicationId = { in: [...ids] };
  await tx.applicationFile.deleteMany({ where: { applicationId } });
  await tx.applicationNote.deleteMany({ where: { applicationId } });
  await tx.applicationEvent.deleteMany({ where: { applicationId } });
  await tx.outboxMail.deleteMany({ where: { applicationId } });
  const { count } = await tx.application.deleteMany({ where: { id: applicationId } });
  return count;
}

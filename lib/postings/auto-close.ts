// Offers whose closing date has passed are closed by the scheduled job "postings-auto-close"
// (lib/jobs/jobs.ts), as a recruiter would close them: status, date, version and audit entry
// in one transaction per offer. Public pages already show such an offer as closed from its
// date on (lib/postings/visibility.ts); closing it makes the admin lists, exports and the
// retention clock (lib/applications/rights/retention.ts) agree.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";

export const AUTO_CLOSE_ACTOR = { label: "Clôture automatique (date limite atteinte)" } as const;

/** Closes every published offer whose closing date is at or before `now`; returns how many. */
export async function closeExpiredPostings(db: Db, now: Date): Promise<{ closed: number }> {
  const due = await db.posting.findMany({
    where: { status: "PUBLISHED", closesAt: { lte: now } },
    select: { id: true, version: true, title: true, organisationId: true, closesAt: true },
  });
  let closed = 0;
  for (const posting of due) {
    const done = await db.$transaction(async (tx) => {
      // Conditional on the version read: an offer a recruiter changed meanwhile (reopened with
      // a new date, edited) is left to the next run, which sees it as it now is.
      const { count } = await tx.posting.updateMany({
        where: { id: posting.id, version: posting.version, status: "PUBLISHED" },
        // The recruitment ended at the closing date, not at this run.
        data: { status: "CLOSED", closedAt: posting.closesAt, version: { increment: 1 } },
      });
      if (count !== 1) return false;
      await recordAudit(tx, {
        action: "posting.close",
        actor: AUTO_CLOSE_ACTOR,
        subject: { type: "posting", id: posting.id, label: posting.title },
        organisationId: posting.organisationId,
        changes: { status: ["PUBLISHED", "CLOSED"], closedAt: [null, posting.closesAt] },
      });
      return true;
    });
    if (done) closed++;
  }
  return { closed };
}

// Retention by default (docs/decisions/0010-retention-and-erasure.md). An application that
// was not retained (any step but "recrutée") is deleted, with its CV, notes, history and
// mails, `retentionMonths` after its offer's recruitment ended; when the candidate agreed to
// stay in the pool, `poolMonths` after the last contact instead (and never while its offer
// still recruits). `now` is passed in, so that tests move the clock without touching the DB's.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { deleteApplications, forgetDeletedPages } from "./erase";

export type RetentionPeriods = { retentionMonths: number; poolMonths: number };

export type PurgeReport = {
  /** Deleted 3 months (by default) after their offer's recruitment ended. */
  afterRecruitment: number;
  /** Deleted 2 years (by default) after the last contact with a candidate of the pool. */
  pool: number;
  /** Due, but their deletion failed (left for the next run). */
  failed: number;
};

/** `date` moved by `months` calendar months in UTC, the day clamped to the target month's length. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

type PostingDates = { status: string; closedAt: Date | null; filledAt: Date | null; closesAt: Date | null; updatedAt: Date };

/**
 * When the offer's recruitment ended: the day it was filled or closed, whichever came first.
 * A closed offer without either date (an old import) ended at its closing date, or at its
 * last change. An offer still published recruits, whatever its application deadline says.
 */
export function recruitmentEnd(posting: PostingDates): Date | null {
  const ends = [posting.filledAt, posting.closedAt].filter((d): d is Date => d !== null);
  if (ends.length > 0) return new Date(Math.min(...ends.map((d) => d.getTime())));
  if (posting.status === "CLOSED") return posting.closesAt ?? posting.updatedAt;
  return null;
}

const NOT_RETAINED: Prisma.ApplicationWhereInput = { status: { not: "HIRED" } };

/** The ids of the applications due for deletion at `now`, by the rule that makes them due. */
export async function dueApplications(
  db: Db,
  now: Date,
  periods: RetentionPeriods,
): Promise<{ afterRecruitment: string[]; pool: string[] }> {
  const postings = await db.posting.findMany({
    where: { OR: [{ status: "CLOSED" }, { filledAt: { not: null } }, { closedAt: { not: null } }], applications: { some: NOT_RETAINED } },
    select: { id: true, status: true, closedAt: true, filledAt: true, closesAt: true, updatedAt: true },
  });
  const ended = postings.flatMap((p) => {
    const end = recruitmentEnd(p);
    return end && end <= now ? [{ id: p.id, end }] : [];
  });
  const recruitmentCutoff = addMonths(now, -periods.retentionMonths);
  const expiredPostings = ended.filter((p) => p.end <= recruitmentCutoff).map((p) => p.id);
  const afterRecruitment = expiredPostings.length
    ? await db.application.findMany({
        where: { ...NOT_RETAINED, poolConsentAt: null, postingId: { in: expiredPostings } },
        select: { id: true },
      })
    : [];
  // The last contact is the latest of the application, its last change of step and the last
  // mail sent to the candidate (lastContactAt): all three must be older than the period.
  const contactCutoff = addMonths(now, -periods.poolMonths);
  const endedPostings = ended.map((p) => p.id);
  const pool = endedPostings.length
    ? await db.application.findMany({
        where: {
          ...NOT_RETAINED,
          poolConsentAt: { not: null },
          postingId: { in: endedPostings },
          createdAt: { lte: contactCutoff },
          statusChangedAt: { lte: contactCutoff },
          lastContactAt: { lte: contactCutoff },
        },
        select: { id: true },
      })
    : [];
  return { afterRecruitment: afterRecruitment.map((a) => a.id), pool: pool.map((a) => a.id) };
}

/**
 * Deletes what is due, one transaction per application (a failure leaves the others done and
 * itself for the next run), then records the counts, never a name, in the audit log.
 */
export async function purgeExpiredApplications(
  db: Db,
  now: Date,
  periods: RetentionPeriods,
  onFailure: (applicationId: string, error: unknown) => void = () => undefined,
): Promise<PurgeReport> {
  const due = await dueApplications(db, now, periods);
  const report: PurgeReport = { afterRecruitment: 0, pool: 0, failed: 0 };
  for (const rule of ["afterRecruitment", "pool"] as const) {
    for (const id of due[rule]) {
      try {
        report[rule] += await db.$transaction((tx) => deleteApplications(tx, [id]));
      } catch (error) {
        report.failed++;
        onFailure(id, error);
      }
    }
  }
  if (report.afterRecruitment + report.pool > 0) await forgetDeletedPages(db);
  await recordAudit(db, {
    action: "application.purge",
    actor: { label: "Purge automatique" },
    subject: { type: "application", label: "Candidatures arrivées au terme de leur durée de conservation" },
    changes: { ...report, durées: { aprèsRecrutementMois: periods.retentionMonths, vivierMois: periods.poolMonths } },
  });
  return report;
}

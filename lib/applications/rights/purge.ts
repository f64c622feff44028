// The retention purge as `npm run purge` and the daily scheduled job run it: periods from the
// environment, one JSON log line of counts (never a name or an address).
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import type { Logger } from "pino";
import { purgeAuditPersonalData, type AuditPurgeReport } from "@/lib/audit/personal-data";
import { log } from "@/lib/log/logger";
import { deleteExpiredRetries } from "../retry-expiry";
import { purgeExpiredApplications, type PurgeReport } from "./retention";

export function retentionPeriods() {
  const config = env();
  return {
    retentionMonths: config.APPLICATION_RETENTION_MONTHS,
    poolMonths: config.APPLICATION_POOL_RETENTION_MONTHS,
    auditMonths: config.AUDIT_PERSONAL_DATA_RETENTION_MONTHS,
  };
}

export type RetentionPurgeReport = PurgeReport &
  AuditPurgeReport & {
    /** Expired states of refused form submissions (what a candidate typed, never stored as an application). */
    abandonedForms: number;
  };

export async function runRetentionPurge(db: Db, now = new Date(), logger: Logger = log()): Promise<RetentionPurgeReport> {
  const periods = retentionPeriods();
  const purged = await purgeExpiredApplications(db, now, periods, (applicationId, err) =>
    logger.error({ event: "retention.purge.failure", applicationId, err }, "effacement d'une candidature échue en échec"),
  );
  const report = {
    ...purged,
    abandonedForms: await deleteExpiredRetries(db, now),
    ...(await purgeAuditPersonalData(db, now, periods.auditMonths)),
  };
  logger.info(
    { event: "retention.purge", ...report, deleted: report.afterRecruitment + report.pool, ...periods },
    "purge des candidatures échues",
  );
  return report;
}

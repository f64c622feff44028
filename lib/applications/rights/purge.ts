// The retention purge as `npm run purge` and the daily scheduled job run it: periods from the
// environment, one JSON log line of counts (never a name or an address).
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";
import type { Logger } from "pino";
import { log } from "@/lib/log/logger";
import { purgeExpiredApplications, type PurgeReport } from "./retention";

export function retentionPeriods() {
  const config = env();
  return { retentionMonths: config.APPLICATION_RETENTION_MONTHS, poolMonths: config.APPLICATION_POOL_RETENTION_MONTHS };
}

export async function runRetentionPurge(db: Db, now = new Date(), logger: Logger = log()): Promise<PurgeReport> {
  const periods = retentionPeriods();
  const report = await purgeExpiredApplications(db, now, periods, (applicationId, err) =>
    logger.error({ event: "retention.purge.failure", applicationId, err }, "effacement d'une candidature échue en échec"),
  );
  logger.info({ event: "retention.purge", ...report, deleted: report.afterRecruitment + report.pool, ...periods }, "purge des candidatures échues");
  return report;
}

// npm run purge: deletes the applications whose retention period is over (the same work as
// the daily scheduled job), then prints the counts.
import { runRetentionPurge } from "../lib/applications/rights/purge";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";

await migrate(databaseUrl());
const db = await getDb();
try {
  const report = await runRetentionPurge(db);
  process.exitCode = report.failed > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}

// npm run export-postings -- <dossier> [--organisation <nom ou identifiant>]
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { exportPostings, formatExportReport } from "../lib/postings/export/folder";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { organisation: { type: "string" } } });

if (positionals.length !== 1 || !positionals[0]) {
  console.error("Usage : npm run export-postings -- <dossier> [--organisation <nom ou identifiant>]");
  console.error("  Écrit chaque offre en markdown (docs/postings-dialect.md) dans un dossier nouveau ou vide.");
  process.exit(2);
}

await migrate(databaseUrl());
const db = await getDb();
try {
  const report = await exportPostings(db, positionals[0], { organisation: values.organisation });
  console.log(formatExportReport(report));
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await db.$disconnect();
}

// npm run import -- <fichiers ou dossiers…> [--organisation "Nom"]
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { formatReport } from "../lib/postings/import/report";
import { importPostings } from "../lib/postings/import/run";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { organisation: { type: "string" } },
});

if (positionals.length === 0) {
  console.error('Usage : npm run import -- <fichiers ou dossiers…> [--organisation "Nom de l\'équipe"]');
  console.error("  --organisation : l'organisation des fichiers qui n'en nomment aucune.");
  process.exit(2);
}

await migrate(databaseUrl());
const db = await getDb();
try {
  const reports = await importPostings(db, positionals, {
    defaultOrganisation: values.organisation ? { name: values.organisation, kind: "TEAM" } : undefined,
  });
  console.log(formatReport(reports));
  process.exitCode = reports.some((r) => r.outcome === "rejected") ? 1 : 0;
} finally {
  await db.$disconnect();
}

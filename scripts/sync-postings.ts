// npm run sync-postings -- <dépôt git> [--organisation "Nom"] [--garder-fichier <chemin>…] [--garder-offre <chemin>…]
import { parseArgs } from "node:util";
import { getDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { databaseUrl } from "../lib/db/url";
import { formatSyncReport, syncPostings } from "../lib/postings/sync/run";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    organisation: { type: "string" },
    "garder-fichier": { type: "string", multiple: true },
    "garder-offre": { type: "string", multiple: true },
  },
});

if (positionals.length !== 1 || !positionals[0]) {
  console.error('Usage : npm run sync-postings -- <dépôt git> [--organisation "Nom de l\'équipe"]');
  console.error("  --organisation : l'organisation des fichiers qui n'en nomment aucune.");
  console.error("  --garder-fichier <chemin> / --garder-offre <chemin> : règle un conflit en faveur du fichier ou de l'offre.");
  process.exit(2);
}

await migrate(databaseUrl());
const db = await getDb();
try {
  const report = await syncPostings(db, positionals[0], {
    defaultOrganisation: values.organisation ? { name: values.organisation, kind: "TEAM" } : undefined,
    keepFile: values["garder-fichier"],
    keepPosting: values["garder-offre"],
  });
  console.log(formatSyncReport(report));
  process.exitCode = !report.ok || report.files.some((file) => file.outcome === "rejected" || file.outcome === "conflict") ? 1 : 0;
} finally {
  await db.$disconnect();
}

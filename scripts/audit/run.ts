// .ci/run: `npm audit --omit=dev --audit-level=high` where the registry serves advisories,
// failing on a high or critical finding; where it does not, says plainly that the audit was
// skipped, and why, rather than passing or failing for a reason that is not a finding.
import { spawnSync } from "node:child_process";
import { auditVerdict } from "./verdict";

const run = spawnSync("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], { encoding: "utf8", timeout: 180_000 });
const verdict = auditVerdict(run.stdout);
if (verdict.kind === "unavailable") {
  console.log(`npm audit SAUTÉ : le registre ne sert pas les avis de sécurité (${verdict.reason}). Aucune vérification faite.`);
} else if (verdict.kind === "clean") {
  console.log("npm audit : aucune vulnérabilité haute ou critique dans les dépendances de production.");
} else {
  console.error(
    `npm audit : vulnérabilités ${JSON.stringify(verdict.counts)} dans ${verdict.packages.join(", ") || "(paquets non nommés)"}.`,
  );
  process.exitCode = 1;
}

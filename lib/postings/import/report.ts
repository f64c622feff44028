import type { FileReport } from "./run";

const OUTCOME_LABELS: Record<FileReport["outcome"], string> = {
  created: "importée",
  updated: "mise à jour",
  rejected: "REJETÉE",
};

/** The per-file report, as plain French text for the terminal. */
export function formatReport(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${OUTCOME_LABELS[report.outcome]} : ${report.file}${report.slug ? ` → /offres/${report.slug}` : ""}`);
    if (report.reason) lines.push(`    motif : ${report.reason}`);
    if (report.extraKeys.length) lines.push(`    clés conservées telles quelles : ${report.extraKeys.join(", ")}`);
    for (const warning of report.warnings) lines.push(`    remarque : ${warning}`);
  }
  const count = (outcome: FileReport["outcome"]) => reports.filter((r) => r.outcome === outcome).length;
  lines.push(
    "",
    `${reports.length} fichier(s) : ${count("created")} importé(s), ${count("updated")} mis à jour, ${count("rejected")} rejeté(s).`,
  );
  return lines.join("\n");
}

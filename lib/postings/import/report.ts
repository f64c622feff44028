import { importOutcomeLabels } from "@/lib/postings/labels";
import { postingPath } from "@/lib/urls/public";
import type { FileReport } from "./run";

// In a terminal, a rejected file has to stand out from the list.
const outcomeText = (outcome: FileReport["outcome"]) =>
  outcome === "rejected" ? importOutcomeLabels[outcome].toUpperCase() : importOutcomeLabels[outcome].toLowerCase();

/** The per-file report, as plain French text for the terminal. */
export function formatReport(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${outcomeText(report.outcome)} : ${report.file}${report.slug ? ` → ${postingPath(report.slug)}` : ""}`);
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

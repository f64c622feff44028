import { fieldSourceLabels, importOutcomeLabels, reportedFieldLabels } from "@/lib/postings/labels";
import { postingPath } from "@/lib/urls/public";
import { countFieldSources } from "./field-counts";
import type { FileReport } from "./run";
import { FIELD_SOURCES } from "./sources";

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
  return [...lines, ...formatFieldCounts(reports)].join("\n");
}

/** The per-field counts, one aligned line per field: where the imported postings got each one. */
function formatFieldCounts(reports: FileReport[]): string[] {
  const { postings, fields } = countFieldSources(reports);
  if (postings === 0) return [];
  const headers = [...FIELD_SOURCES.map((source) => fieldSourceLabels[source]), "Absent"];
  const width = Math.max(...fields.map((f) => reportedFieldLabels[f.field].length));
  const row = (label: string, cells: (string | number)[]) =>
    `  ${label.padEnd(width)}  ${cells.map((cell, i) => String(cell).padStart(Math.max((headers[i] ?? "").length, 4))).join("  ")}`;
  return [
    "",
    `Origine des champs, sur ${postings} offre(s) importée(s) ou mise(s) à jour :`,
    row("Champ", headers),
    ...fields.map((f) => row(reportedFieldLabels[f.field], [...FIELD_SOURCES.map((source) => f.bySource[source]), f.missing])),
  ];
}

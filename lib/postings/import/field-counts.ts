// How many imported postings got each field from their front matter, from their text, or by
// deduction: the end of the import report, in the terminal and in the admin alike.
import type { FileReport } from "./run";
import { FIELD_SOURCES, type FieldSource, REPORTED_FIELDS, type ReportedField } from "./sources";

export type FieldCount = { field: ReportedField; bySource: Record<FieldSource, number>; missing: number };

export type FieldCounts = { postings: number; fields: FieldCount[] };

/** Counts over the postings created or updated; rejected files filled nothing. */
export function countFieldSources(reports: FileReport[]): FieldCounts {
  const imported = reports.filter((report) => report.outcome !== "rejected");
  const fields = REPORTED_FIELDS.map((field) => {
    const bySource = Object.fromEntries(FIELD_SOURCES.map((source) => [source, 0])) as Record<FieldSource, number>;
    for (const report of imported) {
      const source = report.sources?.[field];
      if (source) bySource[source] += 1;
    }
    const filled = FIELD_SOURCES.reduce((sum, source) => sum + bySource[source], 0);
    return { field, bySource, missing: imported.length - filled };
  });
  return { postings: imported.length, fields };
}

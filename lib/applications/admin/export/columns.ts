// What one exported line says about an application, in French, the same for CSV and xlsx.
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { formatSpreadsheetDateTime, instantToParisLocal } from "@/lib/dates/paris";
import type { Prisma } from "@/lib/db/models";
import { shownIdentity } from "../blind";
import { rejectionReasonLabel } from "../rejection";

export const exportSelect = {
  id: true,
  createdAt: true,
  firstName: true,
  lastName: true,
  email: true,
  phone: true,
  linkedinUrl: true,
  githubUrl: true,
  portfolioUrl: true,
  message: true,
  consentedAt: true,
  poolConsentAt: true,
  needsReview: true,
  status: true,
  statusChangedAt: true,
  rejectionReason: true,
  revealedAt: true,
  cv: { select: { fileName: true } },
  posting: { select: { title: true, blindReview: true, organisation: { select: { name: true } } } },
} satisfies Prisma.ApplicationSelect;

export type ExportedApplication = Prisma.ApplicationGetPayload<{ select: typeof exportSelect }>;

/** A cell: text, or an instant shown on a Paris clock. */
export type Cell = string | Date | null;

type Column = { header: string; width: number; value: (a: ExportedApplication, siteUrl: string) => Cell };

export const EXPORT_COLUMNS: readonly Column[] = [
  { header: "Offre", width: 40, value: (a) => a.posting.title },
  { header: "Organisation", width: 30, value: (a) => a.posting.organisation.name },
  { header: "Reçue le", width: 18, value: (a) => a.createdAt },
  { header: "Étape", width: 18, value: (a) => APPLICATION_STATUS_LABELS[a.status] },
  { header: "Étape depuis le", width: 18, value: (a) => a.statusChangedAt },
  { header: "Motif de non-retenue", width: 24, value: (a) => rejectionReasonLabel(a.rejectionReason) },
  { header: "Nom", width: 20, value: (a) => a.lastName },
  { header: "Prénom", width: 20, value: (a) => a.firstName },
  { header: "Adresse électronique", width: 32, value: (a) => a.email },
  { header: "Téléphone", width: 18, value: (a) => a.phone },
  { header: "LinkedIn", width: 30, value: (a) => a.linkedinUrl },
  { header: "GitHub", width: 30, value: (a) => a.githubUrl },
  { header: "Portfolio", width: 30, value: (a) => a.portfolioUrl },
  { header: "Message", width: 50, value: (a) => a.message },
  { header: "Consentement le", width: 18, value: (a) => a.consentedAt },
  { header: "Vivier accepté le", width: 18, value: (a) => a.poolConsentAt },
  { header: "À vérifier", width: 12, value: (a) => (a.needsReview ? "Oui" : "Non") },
  { header: "CV", width: 30, value: (a) => a.cv?.fileName ?? null },
  { header: "Fiche", width: 50, value: (a, site) => `${site.replace(/\/$/, "")}/admin/candidatures/${a.id}` },
];

export const EXPORT_HEADERS = EXPORT_COLUMNS.map((c) => c.header);

/**
 * A spreadsheet opening a CSV runs a cell starting with one of these as a formula (CSV
 * injection, OWASP), the full-width forms included (Apple Numbers folds them): such a cell
 * gets a leading apostrophe and is shown as text (docs/decisions/0008-exporting-applications.md).
 * csv-stringify's own `escape_formulas` leaves a leading line feed alone, hence this.
 */
const FORMULA_CHARACTERS = "=+\\-@\\t\\uFF1D\\uFF0B\\uFF0D\\uFF20";
const FORMULA_START = new RegExp(`^[${FORMULA_CHARACTERS}\\r\\n]`);
/**
 * The same guard at the start of every line inside a cell: a reader that splits rows on a bare
 * line feed (or a cell pasted line by line) would otherwise meet `=1+1` at the start of a cell.
 */
const LINE_FORMULA_START = new RegExp(`(\\r\\n|\\r|\\n)(?=[${FORMULA_CHARACTERS}])`, "g");

export function neutralise(text: string): string {
  const lines = text.replace(LINE_FORMULA_START, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/** The cells of one line; a masked application's name is its pseudonym, its contact details are empty (./blind). */
export function exportCells(application: ExportedApplication, siteUrl: string): Cell[] {
  const shown = shownIdentity(application);
  return EXPORT_COLUMNS.map((c) => c.value(shown, siteUrl));
}

/**
 * The cells as CSV text, every formula start neutralised. Dates on a Paris clock: `dd/mm/yyyy
 * hh:mm` with semicolons (French spreadsheets), ISO 8601 with commas, since an English-language
 * spreadsheet reads `02/12/2026` as 12 February.
 */
export function csvCells(application: ExportedApplication, siteUrl: string, dates: "french" | "iso" = "french"): string[] {
  const date = dates === "iso" ? instantToParisLocal : formatSpreadsheetDateTime;
  return exportCells(application, siteUrl).map((cell) => (cell === null ? "" : cell instanceof Date ? date(cell) : neutralise(cell)));
}

import "server-only";
// GET /admin/candidatures/export?format=csv|xlsx|cv&separateur=virgule&<the inbox's filters>:
// the applications the caller may read that the inbox shows with those filters, as a
// download. Rights are checked here, not by the page that links to it.
import type { CommandContext } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { type Actor, can, postingScope } from "@/lib/auth/permissions";
import { parisDay } from "@/lib/dates/paris";
import { getDb } from "@/lib/db/client";
import { downloadHeaders, PRIVATE_HEADERS } from "../download";
import { parseInboxParams, type InboxFilters } from "../filters";
import { parseSelection, SELECTION_FIELDS } from "../selection";
import { csvStream, cvZipStream, HAS_CV, xlsxStream, type Separator } from "./formats";
import { countExport } from "./rows";

export const EXPORT_FORMATS = {
  csv: { label: "CSV", contentType: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { label: "Excel (.xlsx)", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
  cv: { label: "CV (ZIP)", contentType: "application/zip", extension: "zip" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** `separateur` in the URL: French Excel expects semicolons, other tools commas. */
export const SEPARATOR_PARAMS: Record<string, Separator> = { "point-virgule": ";", virgule: "," };

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * The filters as the audit log keeps them, in words a reader of the journal knows: the offer by
 * its title (an id says nothing), the text searched only by its presence (it may be a name).
 */
async function auditedFilters(actor: Actor, filters: InboxFilters) {
  const posting = filters.postingId
    ? await (await getDb()).posting.findFirst({
        where: { AND: [postingScope(actor, "applications:read"), { id: filters.postingId }] },
        select: { title: true },
      })
    : null;
  return {
    offre: filters.postingId ? (posting?.title ?? "offre inconnue") : null,
    statut: filters.status ?? null,
    du: filters.from ?? null,
    au: filters.to ?? null,
    recherche: Boolean(filters.q),
    // A selection by its size: its ids say nothing to a reader of the journal.
    ...(filters.ids ? { sélection: filters.ids.length } : {}),
  };
}

/** "candidatures-2026-03-04.csv", the day in Paris. */
function fileName(format: ExportFormat, now: Date): string {
  return `candidatures-${format === "cv" ? "cv-" : ""}${parisDay(now)}.${EXPORT_FORMATS[format].extension}`;
}

type Options = { siteUrl: string; now?: Date; batchSize?: number };

export async function exportResponse(
  { actor, origin }: CommandContext,
  url: URL,
  { siteUrl, now = new Date(), batchSize }: Options,
): Promise<Response> {
  // Signed out or without any organisation's applications: the same answer as a missing page.
  if (!actor || !can(actor, "applications:read")) return plain(404, "Cette page n'existe pas ou vous n'y avez pas accès.");
  const format = url.searchParams.get("format") ?? "csv";
  if (!Object.hasOwn(EXPORT_FORMATS, format)) return plain(400, "Format d'export inconnu : choisissez CSV, Excel ou CV (ZIP).");
  const separatorParam = url.searchParams.get("separateur") || "point-virgule";
  const separator = SEPARATOR_PARAMS[separatorParam];
  if (!separator) return plain(400, "Séparateur inconnu : choisissez « point-virgule » ou « virgule ».");
  const { filters: listed, errors } = parseInboxParams(url.searchParams);
  // A malformed filter is never dropped silently here: the file would hold more than asked.
  if (Object.keys(errors).length > 0) return plain(400, `Filtres invalides : ${Object.values(errors).join(" ")}`);
  // From the inbox's bulk form: the rows ticked or the page, within the filters.
  let filters = listed;
  if (url.searchParams.has(SELECTION_FIELDS.scope)) {
    const chosen = parseSelection(url.searchParams);
    if (!chosen.ok) return plain(400, chosen.message);
    if (chosen.selection.scope === "rows") filters = { ...listed, ids: chosen.selection.rows.map((row) => row.id) };
  }

  const kind = format as ExportFormat;
  const rows = await countExport(actor, filters, kind === "cv" ? HAS_CV : {});
  // Written before the first byte leaves: no export goes out unrecorded.
  await recordAudit(await getDb(), {
    action: "application.export",
    actor,
    subject: { type: "application", label: "Export des candidatures" },
    organisationId: null,
    origin,
    changes: {
      format: kind,
      ...(kind === "csv" ? { separateur: separator } : {}),
      lignes: rows,
      filtres: await auditedFilters(actor, filters),
    },
  });
  const source = { actor, filters, siteUrl, batchSize };
  const body = kind === "csv" ? csvStream(source, separator) : kind === "xlsx" ? xlsxStream(source) : cvZipStream(source);
  return new Response(body, { headers: downloadHeaders(EXPORT_FORMATS[kind].contentType, fileName(kind, now)) });
}

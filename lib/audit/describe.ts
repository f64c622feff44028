// The journal's "Détail" column in French: the audit keeps machine values (steps, roles,
// instants, filters as JSON), which a reader should not have to decode.
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { formatShortDateTime } from "@/lib/dates/paris";
import { POSTING_STATUS_LABELS } from "@/lib/postings/labels";
import { MEMBER_ROLE_LABELS, ROLE_LABELS } from "@/lib/users/roles";

/** Values the audit writes as codes, with their words: application steps, roles, posting states. */
const CODES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(APPLICATION_STATUS_LABELS).map(([code, label]) => [code, label.toLowerCase()])),
  ...MEMBER_ROLE_LABELS,
  ...Object.fromEntries(Object.entries(ROLE_LABELS).map(([code, label]) => [code, label.toLowerCase()])),
  ...POSTING_STATUS_LABELS,
};

/** Keys written in code rather than in French by older entries. */
const KEY_LABELS: Record<string, string> = {
  status: "état",
  closedAt: "clôture",
  aprèsRecrutementMois: "après recrutement (mois)",
  // The purge's report (lib/applications/rights/retention.ts).
  afterRecruitment: "effacées après recrutement",
  pool: "effacées du vivier",
  failed: "échecs",
  vivierMois: "vivier (mois)",
  blindReview: "lecture à l'aveugle",
};

/** Keys whose two-item list is a change, before → after; other lists are lists. */
const CHANGES = new Set(["étape", "rôle", "administrateur", "désactivé", "status", "closedAt", "blindReview"]);

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function value(v: unknown): string {
  if (v === null || v === undefined) return "aucun";
  if (typeof v === "boolean") return v ? "oui" : "non";
  if (typeof v === "number") return v.toLocaleString("fr-FR");
  if (typeof v === "string") {
    if (INSTANT.test(v)) return formatShortDateTime(new Date(v));
    return Object.hasOwn(CODES, v) ? CODES[v]! : v;
  }
  if (Array.isArray(v)) return v.length === 0 ? "aucune" : v.map(value).join(", ");
  const entries = Object.entries(v as Record<string, unknown>).filter(([, inner]) => inner !== null && inner !== undefined);
  return entries.length === 0 ? "aucun" : entries.map(([key, inner]) => `${label(key)} : ${value(inner)}`).join(", ");
}

const label = (key: string) => KEY_LABELS[key] ?? key.replaceAll("_", " ");

/** One line per key: "étape : reçue → non retenue", "filtres : offre : Designer, étape : reçue". */
export function describeChanges(json: string | null): string[] {
  if (!json) return [];
  let changes: unknown;
  try {
    changes = JSON.parse(json);
  } catch {
    return [json];
  }
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) return [value(changes)];
  return Object.entries(changes as Record<string, unknown>).map(([key, v]) =>
    CHANGES.has(key) && Array.isArray(v) && v.length === 2
      ? `${label(key)} : ${value(v[0])} → ${value(v[1])}`
      : `${label(key)} : ${value(v)}`,
  );
}

// What a bulk action of the inbox acts on, as its form sends it: the rows ticked, the whole
// page, or every application matching the filters. Each row comes with the step the person
// saw ("id:STEP"), so that a row changed meanwhile refuses the whole action.
import { APPLICATION_STATUSES } from "@/lib/applications/labels";
import type { ApplicationStatus } from "@/lib/db/models";
import { type InboxFilters, parseInboxParams } from "./filters";
import { applicationCount, SCOPES, SELECTION_FIELDS } from "./selection-fields";

export { applicationCount, SCOPES, SELECTION_FIELDS };

/**
 * The most applications one bulk action touches: all of them in one transaction, with their
 * history and mails (docs/decisions/0033-bulk-actions-in-the-inbox.md).
 */
export const BULK_MAX = 1000;

/** An application and the step it was at on the page the person acted from. */
export type SeenApplication = { id: string; status: ApplicationStatus };

export type Selection =
  | { scope: "rows"; rows: SeenApplication[] }
  /** Every application matching `filters`, re-read under the actor's rights; `expected` is the count the page showed. */
  | { scope: "filters"; filters: InboxFilters; expected: number };

/** What a selection is read from: a submitted form or a query string. */
type Source = { get(name: string): unknown; getAll(name: string): unknown[] };

export const bulkCapMessage = (count: number, max = BULK_MAX) =>
  `Une action groupée porte sur ${max.toLocaleString("fr-FR")} candidatures au plus, et ${count.toLocaleString("fr-FR")} sont concernées : affinez les filtres, rien n'a été modifié.`;

export const STALE_LIST = "La liste a changé depuis son affichage : rechargez-la avant d'agir.";

/** "id:STEP" → the pair; null when it does not read as one. */
export function seenApplication(value: unknown): SeenApplication | null {
  if (typeof value !== "string") return null;
  const match = /^([A-Za-z0-9_-]{1,64}):([A-Z_]{1,20})$/.exec(value);
  if (!match || !(APPLICATION_STATUSES as readonly string[]).includes(match[2]!)) return null;
  return { id: match[1]!, status: match[2] as ApplicationStatus };
}

export const seenValue = (row: SeenApplication) => `${row.id}:${row.status}`;

export type ParsedSelection = { ok: true; selection: Selection } | { ok: false; message: string };

/** Reads the selection of a bulk form; a French message when it says nothing usable. */
export function parseSelection(source: Source, max = BULK_MAX): ParsedSelection {
  const scope = source.get(SELECTION_FIELDS.scope) ?? SCOPES.ticked;
  if (scope === SCOPES.filters) {
    const params = new URLSearchParams();
    for (const name of ["offre", "statut", "du", "au", "q"]) {
      const value = source.get(name);
      if (typeof value === "string") params.set(name, value);
    }
    const { filters, errors } = parseInboxParams(params);
    const expected = Number(source.get(SELECTION_FIELDS.expected));
    if (Object.keys(errors).length > 0 || !Number.isSafeInteger(expected) || expected < 0) return { ok: false, message: STALE_LIST };
    return { ok: true, selection: { scope: "filters", filters, expected } };
  }
  if (scope !== SCOPES.ticked && scope !== SCOPES.page) return { ok: false, message: STALE_LIST };
  const values = source.getAll(scope === SCOPES.page ? SELECTION_FIELDS.shown : SELECTION_FIELDS.ticked);
  if (values.length === 0) {
    return { ok: false, message: "Cochez au moins une candidature, ou choisissez toute la page ou toutes les candidatures filtrées." };
  }
  if (values.length > max) return { ok: false, message: bulkCapMessage(values.length, max) };
  const rows = values.map(seenApplication);
  if (rows.some((row) => row === null)) return { ok: false, message: STALE_LIST };
  const unique = new Map((rows as SeenApplication[]).map((row) => [row.id, row]));
  return { ok: true, selection: { scope: "rows", rows: [...unique.values()] } };
}

/** A query string's record (a page's searchParams) as something parseSelection reads. */
export function searchParamsOf(record: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(record)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(name, one);
  }
  return params;
}

/** The result of a bulk rejection confirmed on its own page, in the address of the list it goes back to. */
export const BULK_DONE_PARAMS = { rejected: "refusees", mails: "courriels" } as const;

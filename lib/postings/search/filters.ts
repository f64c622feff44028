// Search and filters as they appear in URLs: the home page, the archive and the JSON API
// read the same parameters, so a search can be shared, bookmarked and replayed in the API.
import { z } from "zod";
import { firstFieldErrors } from "@/lib/validation/field-errors";
import { firstValues } from "@/lib/validation/query-params";
import { contractParams, domainParams, type PostingFilters } from "./params";

export * from "./params";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus`)
    .transform((value) => value || undefined);

const oneOf = <K extends string>(values: Record<string, K>, message: string) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return undefined;
      const key = values[value];
      if (key === undefined) ctx.addIssue({ code: "custom", message });
      return key;
    });

export const filterParamsSchema = z.object({
  q: text(200).optional(),
  organisation: z
    .string()
    .trim()
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "identifiant d'organisation invalide")
    .transform((value) => value || undefined)
    .optional(),
  domaine: oneOf(domainParams, `domaine inconnu (valeurs : ${Object.keys(domainParams).join(", ")})`).optional(),
  contrat: oneOf(contractParams, `contrat inconnu (valeurs : ${Object.keys(contractParams).join(", ")})`).optional(),
  lieu: text(100).optional(),
  teletravail: z.enum(["", "possible", "complet"], "valeurs : possible, complet").optional(),
  juniors: z.enum(["", "oui"], "valeur : oui").optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/, "entier positif attendu")
    .transform(Number)
    .optional(),
});

export type SearchParams = Record<string, string | string[] | undefined>;

export type ParsedSearch = { ok: true; filters: PostingFilters; page: number } | { ok: false; errors: Record<string, string> };

/** Reads the search from URL parameters; a repeated parameter counts once (its first value). */
export function parseSearchParams(params: SearchParams | URLSearchParams): ParsedSearch {
  const parsed = filterParamsSchema.safeParse(firstValues(params));
  if (!parsed.success) return { ok: false, errors: firstFieldErrors(parsed.error) };
  const p = parsed.data;
  const filters: PostingFilters = {
    q: p.q,
    organisation: p.organisation,
    domain: p.domaine,
    contract: p.contrat,
    location: p.lieu,
    remote: p.teletravail || undefined,
    juniors: p.juniors === "oui" || undefined,
  };
  return { ok: true, filters: withoutEmpty(filters), page: p.page ?? 1 };
}

function withoutEmpty(filters: PostingFilters): PostingFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as PostingFilters;
}

export function hasFilters(filters: PostingFilters): boolean {
  return Object.keys(filters).length > 0;
}

// The pool's filters as they appear in URLs (/admin/vivier?offre=…&etape=…&q=…&organisation=…):
// the list, its pages and the proposal of an offer "to all who match" read the same values.
import { z } from "zod";
import { STATUS_PARAMS, statusParam } from "@/lib/applications/admin/filters";
import type { ApplicationStatus } from "@/lib/db/models";
import { firstFieldErrors } from "@/lib/validation/field-errors";
import { firstValues, type QueryParams } from "@/lib/validation/query-params";

export type PoolFilters = {
  /** A past offer the candidate applied to. */
  postingId?: string;
  /** The step that application reached. */
  status?: ApplicationStatus;
  /** Words of that application's message. */
  q?: string;
  /** The organisation of that offer. */
  organisationId?: string;
};

const id = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z0-9_-]*$/, "Valeur inconnue.")
  .transform((v) => v || undefined);

const paramsSchema = z.object({
  offre: id.optional(),
  organisation: id.optional(),
  etape: z
    .string()
    .trim()
    .refine((v) => v === "" || v in STATUS_PARAMS, "Étape inconnue.")
    .transform((v) => (v ? STATUS_PARAMS[v] : undefined))
    .optional(),
  q: z
    .string()
    .trim()
    .max(200, "200 caractères au plus.")
    .transform((v) => v || undefined)
    .optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional()
    .catch(undefined),
});

export type ParsedPoolParams = { filters: PoolFilters; page: number; errors: Record<string, string> };

/** Reads the filters from URL parameters; a malformed one is reported and left out, the others still apply. */
export function parsePoolParams(params: QueryParams): ParsedPoolParams {
  const record = firstValues(params);
  const parsed = paramsSchema.safeParse(record);
  const errors: Record<string, string> = parsed.success ? {} : firstFieldErrors(parsed.error);
  const values = parsed.success
    ? parsed.data
    : (paramsSchema.safeParse(Object.fromEntries(Object.entries(record).filter(([k]) => !(k in errors)))).data ?? {});
  return {
    filters: { postingId: values.offre, status: values.etape, q: values.q, organisationId: values.organisation },
    page: values.page ?? 1,
    errors,
  };
}

/** The URL parameters of `filters` (and the page past the first), for links and hidden fields. */
export function poolParams(filters: PoolFilters, page = 1): [string, string][] {
  const params: [string, string][] = [];
  if (filters.postingId) params.push(["offre", filters.postingId]);
  if (filters.status) params.push(["etape", statusParam(filters.status)]);
  if (filters.q) params.push(["q", filters.q]);
  if (filters.organisationId) params.push(["organisation", filters.organisationId]);
  if (page > 1) params.push(["page", String(page)]);
  return params;
}

export const POOL_PATH = "/admin/vivier";
export const POOL_PROPOSAL_PATH = `${POOL_PATH}/proposer`;

export function poolPath(filters: PoolFilters = {}, page = 1): string {
  const text = new URLSearchParams(poolParams(filters, page)).toString();
  return text ? `${POOL_PATH}?${text}` : POOL_PATH;
}

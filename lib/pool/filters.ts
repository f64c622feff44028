// The pool's filters as they appear in URLs (/admin/vivier?offre=…&etape=…&q=…&organisation=…):
// the list, its pages and the proposal of an offer "to all who match" read the same values.
import { z } from "zod";
import { statusParam, stepParam } from "@/lib/applications/admin/filters";
import type { ApplicationStatus } from "@/lib/db/models";
import { idParam, pageParam, parseKeepingValid, wordsParam } from "@/lib/validation/list-params";
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

const paramsSchema = z.object({
  offre: idParam("Valeur inconnue.").optional(),
  organisation: idParam("Valeur inconnue.").optional(),
  etape: stepParam("Étape inconnue.").optional(),
  q: wordsParam.optional(),
  page: pageParam,
});

export type ParsedPoolParams = { filters: PoolFilters; page: number; errors: Record<string, string> };

/** Reads the filters from URL parameters; a malformed one is reported and left out, the others still apply. */
export function parsePoolParams(params: QueryParams): ParsedPoolParams {
  const { values, errors } = parseKeepingValid(paramsSchema, firstValues(params));
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

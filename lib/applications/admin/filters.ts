// The inbox's filters as they appear in URLs (/admin/candidatures?offre=…&statut=…): the list,
// its pagination and every export read the same parameters, so an export holds exactly the
// applications the list shows.
import { z } from "zod";
import { idParam, pageParam, parseKeepingValid, wordsParam } from "@/lib/validation/list-params";
import { firstValues, type QueryParams } from "@/lib/validation/query-params";
import { applicationScope, type Actor } from "@/lib/auth/permissions";
import type { ApplicationStatus, Prisma } from "@/lib/db/models";
import { parisDayRange, startOfParisDay } from "@/lib/dates/paris";
import { parseSort, SORT_PARAM, sortParam } from "@/lib/admin/sorting";
import { searchWords } from "@/lib/text/normalise";
import { MASKED_WHERE } from "./blind";
import { INBOX_SORT, type InboxSort } from "./order";

/** URL values of the statuses ("recue", "en-cours"…), readable in a shared link. */
export const STATUS_PARAMS: Record<string, ApplicationStatus> = {
  recue: "RECEIVED",
  "en-cours": "UNDER_REVIEW",
  entretien: "INTERVIEW",
  proposition: "OFFER",
  recrutee: "HIRED",
  "non-retenue": "REJECTED",
};
export const statusParam = (status: ApplicationStatus): string => Object.entries(STATUS_PARAMS).find(([, s]) => s === status)![0];

export type InboxFilters = {
  postingId?: string;
  status?: ApplicationStatus;
  /** First day included, "YYYY-MM-DD" (Paris). */
  from?: string;
  /** Last day included, "YYYY-MM-DD" (Paris). */
  to?: string;
  /** Words of a name or an address. */
  q?: string;
  /** Only these applications (a selection of the inbox); never in a URL of the list. */
  ids?: string[];
};

const day = z
  .string()
  .trim()
  .refine((v) => v === "" || startOfParisDay(v) !== null, "Indiquez une date au format JJ/MM/AAAA.")
  .transform((v) => v || undefined);

/** A step in a URL ("recue", "en-cours"…); empty means absent. */
export const stepParam = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || v in STATUS_PARAMS, message)
    .transform((v) => (v ? STATUS_PARAMS[v] : undefined));

const paramsSchema = z
  .object({
    offre: idParam("Offre inconnue.").optional(),
    statut: stepParam("Statut inconnu.").optional(),
    du: day.optional(),
    au: day.optional(),
    q: wordsParam.optional(),
    page: pageParam,
  })
  .refine((p) => !p.du || !p.au || p.du <= p.au, { path: ["au"], message: "La date de fin précède la date de début." });

export type InboxParams = QueryParams;

export type ParsedInboxParams = {
  filters: InboxFilters;
  page: number;
  sort: InboxSort;
  /** French messages by field ("offre", "statut", "du", "au", "q"), for the filter form. */
  errors: Record<string, string>;
};

/**
 * Reads the filters from URL parameters. A malformed filter is reported and left out, never
 * widened into something else: the rest of the filters still apply.
 */
export function parseInboxParams(params: InboxParams): ParsedInboxParams {
  const record = firstValues(params);
  const { values, errors } = parseKeepingValid(paramsSchema, record);
  return {
    filters: { postingId: values.offre, status: values.statut, from: values.du, to: values.au, q: values.q },
    page: values.page ?? 1,
    sort: parseSort(INBOX_SORT, record[SORT_PARAM]),
    errors,
  };
}

/** The query string of `filters` (the page when past the first, the order when not the default), for links and exports. */
export function inboxQueryString(filters: InboxFilters, page = 1, sort?: InboxSort): string {
  const params = new URLSearchParams();
  if (filters.postingId) params.set("offre", filters.postingId);
  if (filters.status) params.set("statut", statusParam(filters.status));
  if (filters.from) params.set("du", filters.from);
  if (filters.to) params.set("au", filters.to);
  if (filters.q) params.set("q", filters.q);
  const tri = sort && sortParam(INBOX_SORT, sort);
  if (tri) params.set(SORT_PARAM, tri);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * The `where` of the applications `actor` may read that match `filters`. Scoping comes
 * first and is never optional: a filter only ever narrows it.
 */
export function inboxWhere(actor: Actor, filters: InboxFilters): Prisma.ApplicationWhereInput {
  const words = filters.q ? searchWords(filters.q).split(" ").filter(Boolean) : [];
  const period = parisDayRange(filters.from, filters.to);
  const createdAt: Prisma.DateTimeFilter = { ...(period.from && { gte: period.from }), ...(period.until && { lt: period.until }) };
  return {
    AND: [
      applicationScope(actor, "applications:read"),
      filters.postingId ? { postingId: filters.postingId } : {},
      filters.status ? { status: filters.status } : {},
      filters.ids ? { id: { in: filters.ids } } : {},
      filters.from || filters.to ? { createdAt } : {},
      // Each word must start a word of the name or the address; a masked application's name is not searched.
      ...words.map((word) => ({ searchText: { contains: ` ${word}` } })),
      words.length ? { NOT: MASKED_WHERE } : {},
    ],
  };
}

/** Newest first; the id breaks ties so that pages never overlap (the default of lib/applications/admin/order.ts). */
export const INBOX_ORDER: Prisma.ApplicationOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

import "server-only";
import { getPublicPosting } from "@/lib/postings/queries";
import { parseSearchParams } from "@/lib/postings/search/filters";
import { searchQueryString, type PostingFilters } from "@/lib/postings/search/params";
import { cachedSearchPostings, publicPostingsCache } from "@/lib/postings/search/cached";
import { absoluteUrl } from "@/lib/site";
import { API_BASE } from "./openapi";
import { apiErrorSchema, postingListSchema } from "./schema";
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, toApiPosting, toApiSummary } from "./serialise";

const HEADERS = { "access-control-allow-origin": "*" };

function error(status: number, message: string, fields?: Record<string, string>): Response {
  return Response.json(apiErrorSchema.parse({ error: message, fields }), { status, headers: HEADERS });
}

function perPageOf(value: string | null): number | null {
  if (value === null) return DEFAULT_PER_PAGE;
  if (!/^[1-9]\d{0,2}$/.test(value) || Number(value) > MAX_PER_PAGE) return null;
  return Number(value);
}

function listUrl(filters: PostingFilters, page: number, perPage: number): string {
  const query = new URLSearchParams(searchQueryString(filters, page));
  if (perPage !== DEFAULT_PER_PAGE) query.set("par_page", String(perPage));
  const text = query.toString();
  return absoluteUrl(`${API_BASE}/offres${text ? `?${text}` : ""}`);
}

/** GET /api/v1/offres: the open postings matching the home page's filters, one page. */
export async function listPostingsResponse(url: URL): Promise<Response> {
  const params = new URLSearchParams(url.searchParams);
  const perPage = perPageOf(params.get("par_page"));
  params.delete("par_page");
  const parsed = parseSearchParams(params);
  if (!parsed.ok || perPage === null) {
    const fields = { ...(parsed.ok ? {} : parsed.errors), ...(perPage === null ? { par_page: `entier de 1 à ${MAX_PER_PAGE}` } : {}) };
    return error(400, "Paramètres invalides", fields);
  }
  const { filters, page } = parsed;
  // The body as sent, checked against its schema once, then served as text a few seconds.
  const body = await listBodies(`${perPage}${searchQueryString(filters, page)}`, async () =>
    JSON.stringify(await listBody(filters, page, perPage)),
  );
  return new Response(body, { headers: { ...HEADERS, "content-type": "application/json" } });
}

const listBodies = publicPostingsCache<string>(500);

async function listBody(filters: PostingFilters, page: number, perPage: number) {
  const result = await cachedSearchPostings(filters, { page, pageSize: perPage });
  return postingListSchema.parse({
    items: result.items.map(toApiSummary),
    page,
    perPage,
    total: result.total,
    pageCount: result.pageCount,
    next: page < result.pageCount ? listUrl(filters, page + 1, perPage) : null,
    previous: page > 1 ? listUrl(filters, Math.min(page - 1, result.pageCount), perPage) : null,
  });
}

/** GET /api/v1/offres/<slug>: one public posting, open or closed. */
export async function postingResponse(slug: string): Promise<Response> {
  const posting = await getPublicPosting(slug);
  if (!posting) return error(404, "Aucune offre publique n'a cet identifiant");
  return Response.json(toApiPosting(posting), { headers: HEADERS });
}

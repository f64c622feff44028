// The addresses of the public pages, built here and nowhere else: every part that comes from
// data (a slug, a token) is encoded, so that no value can change the path it is put in.
// Plain constants and functions, usable from client components, route handlers and scripts.
// The zod-free half of the search: this module reaches client components (PostingCard).
import { searchQueryString, type PostingFilters } from "@/lib/postings/search/params";
import type { SearchScope } from "@/lib/postings/search/query";

const segment = encodeURIComponent;

/** The lists of postings: open ones on the home page, closed and filled ones in the archive. */
export const LISTING_PATHS: Record<SearchScope, string> = { open: "/", archive: "/archives" };

/** The id of a list's result count: the search form lands there, and a skip link leads there. */
export const RESULTS_ANCHOR = "resultats";

/** Whether a page (by its path, before or after the rewrites of next.config.js) is a list with a result count. */
export const isListingPath = (path: string) =>
  Object.values(LISTING_PATHS).includes(path) || path === "/recherche" || path.startsWith("/liste/");

/** One page of a list, with its search ("/archives?q=design&page=2"). */
export function listingPath(scope: SearchScope = "open", filters: PostingFilters = {}, page = 1): string {
  return `${LISTING_PATHS[scope]}${searchQueryString(filters, page)}`;
}

export const postingPath = (slug: string) => `/offres/${segment(slug)}`;

/** The application form; `retry` brings back what a refused submission held (lib/applications/retry.ts). */
export const applicationFormPath = (slug: string, retry?: string) =>
  `${postingPath(slug)}/candidater${retry ? `?reprise=${segment(retry)}` : ""}`;

/** Where the application form is posted (a route handler, not a page). */
export const applicationSubmitPath = (slug: string) => `${applicationFormPath(slug)}/envoi`;

export const applicationSentPath = (slug: string) => `${applicationFormPath(slug)}/envoyee`;

/** The overall Atom feed of open postings. */
export const FEED_PATH = "/flux/offres.atom";

/** The Atom feed of one organisation (an incubator's includes its start-ups). */
export const organisationFeedPath = (slug: string) => `/flux/organisations/${segment(slug)}.atom`;

export const WITHDRAWAL_PATH = "/candidature/retrait";

/** The candidate's personal withdrawal page, from the acknowledgement mail. */
export const withdrawalPath = (token: string) => `${WITHDRAWAL_PATH}/${segment(token)}`;

/** Where the withdrawal page's form is posted. */
export const withdrawalConfirmPath = (token: string) => `${withdrawalPath(token)}/confirmer`;

export const WITHDRAWN_PATH = `${WITHDRAWAL_PATH}/effectue`;

export const POOL_WITHDRAWAL_PATH = "/candidature/vivier/retrait";

/** The candidate's personal page to withdraw their consent to the pool, from an offer's mail. */
export const poolWithdrawalPath = (token: string) => `${POOL_WITHDRAWAL_PATH}/${segment(token)}`;

/** Where the pool withdrawal page's form is posted. */
export const poolWithdrawalConfirmPath = (token: string) => `${poolWithdrawalPath(token)}/confirmer`;

export const POOL_WITHDRAWN_PATH = `${POOL_WITHDRAWAL_PATH}/effectue`;

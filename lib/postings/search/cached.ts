import "server-only";
import { shortLivedCache, type ShortLivedCache } from "@/lib/cache/short-lived";
import { getDb, type Db } from "@/lib/db/client";
import type { PostingPage } from "@/lib/postings/queries";
import type { PostingFilters } from "./filters";
import { listFilterOrganisations, searchPostings, type OrganisationOption, type SearchOptions } from "./query";
import { searchWords } from "@/lib/text/normalise";
import { queryWords } from "./text";

/**
 * Searches render per request, and a popular one ("développeur", "CDD") is asked many times
 * a second at peak. Its result is kept a few seconds by the process, and concurrent identical
 * searches share one query: what a candidate sees is at most this old, and any write that
 * changes public postings drops it at once (revalidatePublicPostings).
 */
const MAX_AGE_MS = 5_000;

const caches: ShortLivedCache<unknown>[] = [];
let cachedFor: Db | undefined;

/**
 * A cache of things read from public postings, kept `MAX_AGE_MS` and emptied with the
 * others by `forgetCachedSearches`, and whenever the process points at another database
 * (tests switch it): nothing cached belongs to that one.
 */
export function publicPostingsCache<T>(maxEntries: number) {
  const cache = shortLivedCache<T>(MAX_AGE_MS, maxEntries);
  caches.push(cache as ShortLivedCache<unknown>);
  return async (key: string, compute: () => Promise<T>): Promise<T> => {
    const db = await getDb();
    if (db !== cachedFor) forgetCachedSearches();
    cachedFor = db;
    return cache.get(key, compute);
  };
}

const results = publicPostingsCache<PostingPage>(500);
const organisationOptions = publicPostingsCache<OrganisationOption[]>(100);

/** Two searches with the same key find the same postings ("Développeur" and "developpeur"). */
export function searchKey(filters: PostingFilters, { scope = "open", page = 1, pageSize = 0 }: Omit<SearchOptions, "now">): string {
  const { organisation, domain, contract, remote, juniors } = filters;
  return JSON.stringify([
    scope,
    page,
    pageSize,
    queryWords(filters.q ?? ""),
    searchWords(filters.location ?? ""),
    organisation,
    domain,
    contract,
    remote,
    juniors ?? false,
  ]);
}

/** `searchPostings`, answered from a result at most a few seconds old when there is one. */
export async function cachedSearchPostings(filters: PostingFilters, options: Omit<SearchOptions, "now"> = {}): Promise<PostingPage> {
  return results(searchKey(filters, options), () => searchPostings(filters, options));
}

/** `listFilterOrganisations`, likewise. */
export async function cachedFilterOrganisations(selected?: string): Promise<OrganisationOption[]> {
  return organisationOptions(selected ?? "", () => listFilterOrganisations(selected));
}

export function forgetCachedSearches(): void {
  for (const cache of caches) cache.clear();
}

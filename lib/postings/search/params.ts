// The URL vocabulary of a search, shared by the server and the search form (which runs in
// the browser too: nothing heavy here).
import type { ContractType, Domain } from "@/lib/db/models";
import { contractTypeLabels, domainLabels } from "@/lib/postings/labels";
import { slugify } from "@/lib/text/slug";

export type RemoteFilter = "possible" | "complet";

export type PostingFilters = {
  q?: string;
  organisation?: string;
  domain?: Domain;
  contract?: ContractType;
  location?: string;
  remote?: RemoteFilter;
  juniors?: boolean;
};

/** URL values of an enum: the slug of its French label ("CDD" → "cdd", "Données" → "donnees"). */
function urlValues<K extends string>(labels: Record<K, string>): Record<string, K> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [slugify(label as string), key])) as Record<string, K>;
}

export const contractParams = urlValues(contractTypeLabels);
export const domainParams = urlValues(domainLabels);
export const contractParam = (type: ContractType) => slugify(contractTypeLabels[type]);
export const domainParam = (domain: Domain) => slugify(domainLabels[domain]);
export const remoteParams: Record<RemoteFilter, string> = {
  possible: "Télétravail possible",
  complet: "Télétravail complet",
};

/** The URL parameters of a search, in a stable order ("" when there are none). */
export function searchQueryString(filters: PostingFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  if (filters.organisation) params.set("organisation", filters.organisation);
  if (filters.domain) params.set("domaine", domainParam(filters.domain));
  if (filters.contract) params.set("contrat", contractParam(filters.contract));
  if (filters.location) params.set("lieu", filters.location);
  if (filters.remote) params.set("teletravail", filters.remote);
  if (filters.juniors) params.set("juniors", "oui");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

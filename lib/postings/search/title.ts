import { contractTypeLabels, domainLabels } from "@/lib/postings/labels";
import { remoteParams, type PostingFilters } from "./filters";

/** A page title that says what was searched: « Offres ouvertes : « data », CDD, page 2 ». */
export function searchPageTitle(list: string, filters: PostingFilters, page: number): string {
  const parts = [
    filters.q && `« ${filters.q} »`,
    filters.contract && contractTypeLabels[filters.contract],
    filters.domain && domainLabels[filters.domain],
    filters.location,
    filters.remote && remoteParams[filters.remote],
    filters.juniors && "profils juniors",
    page > 1 && `page ${page}`,
  ].filter(Boolean);
  return parts.length ? `${list} : ${parts.join(", ")}` : list;
}

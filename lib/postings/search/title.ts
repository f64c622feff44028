import { contractTypeLabels, domainLabels } from "@/lib/postings/labels";
import { remoteParams, type PostingFilters } from "./filters";
import type { SearchScope } from "./query";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many).replace("#", n.toLocaleString("fr-FR"));

/** The count a results page's title starts with, so that a tab or a screen reader says it first: « 12 offres ». */
function titleCount(total: number, scope: SearchScope): string {
  if (scope === "archive")
    return total === 0 ? "Aucune offre clôturée" : plural(total, "1 offre clôturée ou pourvue", "# offres clôturées ou pourvues");
  return total === 0 ? "Aucune offre" : plural(total, "1 offre", "# offres");
}

/** How many postings a list holds, as the line above its cards says it. */
export function resultCountLabel(total: number, scope: SearchScope, filtered: boolean): string {
  if (filtered) {
    // The empty state below says it in a heading.
    if (total === 0) return "Aucun résultat";
    return plural(total, "1 offre correspond à votre recherche", "# offres correspondent à votre recherche");
  }
  if (scope === "archive") return titleCount(total, "archive");
  return total === 0 ? "Aucune offre ouverte" : plural(total, "1 offre ouverte", "# offres ouvertes");
}

/** A results page's title: what was found, then what was searched: « 12 offres : « data », CDD, page 2 ». */
export function searchPageTitle(scope: SearchScope, filters: PostingFilters, page: number, total: number): string {
  const parts = [
    filters.q && `« ${filters.q} »`,
    filters.contract && contractTypeLabels[filters.contract],
    filters.domain && domainLabels[filters.domain],
    filters.location,
    filters.remote && remoteParams[filters.remote],
    filters.juniors && "profils juniors",
    page > 1 && `page ${page}`,
  ].filter(Boolean);
  const count = titleCount(total, scope);
  return parts.length ? `${count} : ${parts.join(", ")}` : count;
}

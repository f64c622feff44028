import type { PostingPage } from "@/lib/postings/queries";
import { hasFilters, type PostingFilters } from "@/lib/postings/search/filters";
import type { OrganisationOption, SearchScope } from "@/lib/postings/search/query";
import { NoMatchingPostings } from "./NoMatchingPostings";
import { NoOpenPostings } from "./NoOpenPostings";
import { PostingList } from "./PostingList";
import { PostingPagination } from "./PostingPagination";
import { SearchForm } from "./SearchForm";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many).replace("#", n.toLocaleString("fr-FR"));

function countLabel(total: number, scope: SearchScope, filtered: boolean): string {
  if (filtered) {
    if (total === 0) return "Aucune offre ne correspond à votre recherche";
    return plural(total, "1 offre correspond à votre recherche", "# offres correspondent à votre recherche");
  }
  if (scope === "archive") return total === 0 ? "Aucune offre clôturée" : plural(total, "1 offre clôturée ou pourvue", "# offres clôturées ou pourvues");
  return total === 0 ? "Aucune offre ouverte" : plural(total, "1 offre ouverte", "# offres ouvertes");
}

export const SCOPE_PATHS: Record<SearchScope, string> = { open: "/", archive: "/archives" };

type PostingSearchViewProps = {
  scope: SearchScope;
  filters: PostingFilters;
  result: PostingPage;
  organisations: OrganisationOption[];
};

/** The search form, the result count, one page of cards (or what to try next) and the pages. */
export function PostingSearchView({ scope, filters, result, organisations }: PostingSearchViewProps) {
  const { items, total, page, pageCount } = result;
  const filtered = hasFilters(filters);
  const path = SCOPE_PATHS[scope];
  const empty = filtered ? (
    <NoMatchingPostings filters={filters} archive={scope === "archive"} />
  ) : scope === "open" ? (
    <NoOpenPostings />
  ) : (
    <p>Aucune offre n'a encore été clôturée.</p>
  );
  return (
    <>
      <SearchForm action={path} filters={filters} organisations={organisations} />
      <p className="fr-text--bold" id="resultats">
        {countLabel(total, scope, filtered)}
        {pageCount > 1 && ` – page ${page} sur ${pageCount}`}
      </p>
      {items.length > 0 ? <PostingList postings={items} /> : empty}
      <PostingPagination page={page} pageCount={pageCount} path={path} filters={filters} />
    </>
  );
}

import Link from "next/link";
import type { PostingPage } from "@/lib/postings/queries";
import { hasFilters, type PostingFilters } from "@/lib/postings/search/filters";
import { resultCountLabel } from "@/lib/postings/search/title";
import type { OrganisationOption, SearchScope } from "@/lib/postings/search/query";
import { FEED_PATH, LISTING_PATHS, organisationFeedPath } from "@/lib/urls/public";
import { NoMatchingPostings } from "./NoMatchingPostings";
import { NoOpenPostings } from "./NoOpenPostings";
import { PostingList } from "./PostingList";
import { PostingPagination } from "./PostingPagination";
import { ResultCount } from "./ResultCount";
import { SearchForm } from "./SearchForm";

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
  const empty = filtered ? (
    <NoMatchingPostings filters={filters} archive={scope === "archive"} />
  ) : scope === "open" ? (
    <NoOpenPostings />
  ) : (
    <p>Aucune offre n'a encore été clôturée.</p>
  );
  return (
    <>
      <SearchForm action={LISTING_PATHS[scope]} filters={filters} organisations={organisations} />
      <ResultCount label={`${resultCountLabel(total, scope, filtered)}${pageCount > 1 ? ` – page ${page} sur ${pageCount}` : ""}`} />
      {items.length > 0 ? <PostingList postings={items} /> : empty}
      <PostingPagination page={page} pageCount={pageCount} scope={scope} filters={filters} />
      <ul className="fr-links-group fr-mt-6w">
        {scope === "open" ? (
          <li>
            <Link className="fr-link" href="/archives">
              Offres clôturées et pourvues
            </Link>
          </li>
        ) : (
          <li>
            <Link className="fr-link" href="/">
              Offres ouvertes
            </Link>
          </li>
        )}
        <li>
          <a
            className="fr-link fr-icon-rss-line fr-link--icon-left"
            href={filters.organisation ? organisationFeedPath(filters.organisation) : FEED_PATH}
            type="application/atom+xml"
          >
            {filters.organisation ? "Suivre les offres de cette organisation (flux Atom)" : "Suivre les nouvelles offres (flux Atom)"}
          </a>
        </li>
      </ul>
    </>
  );
}

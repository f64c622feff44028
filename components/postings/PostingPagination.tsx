import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import type { PostingFilters } from "@/lib/postings/search/filters";
import type { SearchScope } from "@/lib/postings/search/query";
import { listingPath } from "@/lib/urls/public";

/**
 * The page asked for in `?page=`: 1 when absent, null when it is not a positive whole
 * number (the caller answers 404, as for a page past the end).
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

type PostingPaginationProps = { page: number; pageCount: number; scope?: SearchScope; filters?: PostingFilters };

export function PostingPagination({ page, pageCount, scope, filters }: PostingPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <Pagination
      className="fr-mt-6w"
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(target) => ({ href: listingPath(scope, filters, target) })}
    />
  );
}

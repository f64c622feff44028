import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { searchQueryString, type PostingFilters } from "@/lib/postings/search/filters";

/** The address of one page of a list: its path, its search, and `page` past the first. */
export function pageHref(page: number, path = "/", filters: PostingFilters = {}): string {
  return `${path}${searchQueryString(filters, page)}`;
}

/**
 * The page asked for in `?page=`: 1 when absent, null when it is not a positive whole
 * number (the caller answers 404, as for a page past the end).
 */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== "string" || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

type PostingPaginationProps = { page: number; pageCount: number; path?: string; filters?: PostingFilters };

export function PostingPagination({ page, pageCount, path, filters }: PostingPaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <Pagination
      className="fr-mt-6w"
      count={pageCount}
      defaultPage={page}
      showFirstLast
      getPageLinkProps={(target) => ({ href: pageHref(target, path, filters) })}
    />
  );
}

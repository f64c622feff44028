// The order of a back-office list, as it appears in its URL: `?tri=modifiee` (ascending) or
// `?tri=-modifiee` (descending). Each list names its sortable columns and its default order;
// a header is a plain link to the same list in another order, so sorting works without
// JavaScript, survives a reload and can be shared (docs/decisions/0034-sorting-admin-tables.md).
import { oneValue } from "@/lib/validation/query-params";

export const SORT_PARAM = "tri";

export type SortDirection = "asc" | "desc";
export type Sort<K extends string> = { key: K; direction: SortDirection };

export type SortSpec<K extends string> = {
  /** Each sortable column's URL key and the direction a first click on it gives. */
  columns: Readonly<Record<K, SortDirection>>;
  /** The list's order when its URL names none (or an unknown one). */
  fallback: Sort<NoInfer<K>>;
};

/** A list's sort, its keys taken from its columns (the default must be one of them). */
export function defineSort<K extends string>(spec: {
  columns: Readonly<Record<K, SortDirection>>;
  fallback: Sort<NoInfer<K>>;
}): SortSpec<K> {
  return spec;
}

const isKey = <K extends string>(spec: SortSpec<K>, key: string): key is K => Object.hasOwn(spec.columns, key);

/** The order a URL value asks for: "-recue" is "recue" descending; anything unknown, the list's default. */
export function parseSort<K extends string>(spec: SortSpec<K>, value: string | string[] | undefined): Sort<K> {
  const raw = oneValue(value, 40).trim();
  const descending = raw.startsWith("-");
  const key = descending ? raw.slice(1) : raw;
  return isKey(spec, key) ? { key, direction: descending ? "desc" : "asc" } : spec.fallback;
}

/** The URL value of an order: "recue" or "-recue". */
export const sortValue = <K extends string>(sort: Sort<K>): string => (sort.direction === "desc" ? `-${sort.key}` : sort.key);

/** The value to leave out of a URL: the list's default order needs no parameter. */
export function sortParam<K extends string>(spec: SortSpec<K>, sort: Sort<K>): string | undefined {
  return sort.key === spec.fallback.key && sort.direction === spec.fallback.direction ? undefined : sortValue(sort);
}

/** Where a click on a column's header leads: the same column reversed, or another at its first direction. */
export function nextSort<K extends string>(spec: SortSpec<K>, current: Sort<K>, key: K): Sort<K> {
  if (current.key === key) return { key, direction: current.direction === "asc" ? "desc" : "asc" };
  return { key, direction: spec.columns[key] };
}

export type HeaderSort = {
  /** The list in the order a click gives. */
  href: string;
  /** The column's current order, as aria-sort says it. */
  state: "ascending" | "descending" | "none";
  /** What a click does, for screen readers and the link's title. */
  action: string;
};

const ARIA: Record<SortDirection, HeaderSort["state"]> = { asc: "ascending", desc: "descending" };
const WORDS: Record<SortDirection, string> = { asc: "croissant", desc: "décroissant" };

/**
 * The header links of a list: for each sortable column, the list's address in the order a
 * click gives (its filters kept, back to page 1), and the column's state.
 */
export function sortHeaders<K extends string>(
  spec: SortSpec<K>,
  current: Sort<K>,
  href: (tri: string | undefined) => string,
): Record<K, HeaderSort> {
  const headers = {} as Record<K, HeaderSort>;
  for (const key of Object.keys(spec.columns) as K[]) {
    const next = nextSort(spec, current, key);
    headers[key] = {
      href: href(sortParam(spec, next)),
      state: current.key === key ? ARIA[current.direction] : "none",
      action: `Trier par ordre ${WORDS[next.direction]}`,
    };
  }
  return headers;
}

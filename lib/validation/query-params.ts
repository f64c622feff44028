export type QueryParams = Record<string, string | string[] | undefined> | URLSearchParams;

/** A query string as one value per name: a repeated parameter counts once, by its first value. */
export function firstValues(params: QueryParams): Record<string, string> {
  const record: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key in record)) record[key] = first;
  }
  return record;
}

/** A query value as one bounded string: "" when absent or repeated oddly (arrays keep their first). */
export function oneValue(value: string | string[] | undefined, maxLength = 200): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").slice(0, maxLength);
}

/** The address of a list page with its filters and page number; empty filters are left out. */
export function listHref(path: string, filters: Record<string, string | undefined>, page: number): string {
  const kept = Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]));
  return `${path}?${new URLSearchParams([...kept, ["page", String(page)]])}`;
}

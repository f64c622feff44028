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

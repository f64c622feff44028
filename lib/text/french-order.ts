// French order for what people read in lists: "Équipe" with the E, "beta.gouv.fr" with the B,
// "Équipe 2" before "Équipe 10". A byte order (SQLite's, and PostgreSQL's "C" collation) puts
// capitals first and accented letters after "Z".
const collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

export const compareFrench = (a: string, b: string): number => collator.compare(a, b);

/** A copy of `items` in French order of `key`. */
export function inFrenchOrder<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareFrench(key(a), key(b)));
}

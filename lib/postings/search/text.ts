// The search text of a posting and of a query are made by the same function, so that a
// query matches whatever the backend: lower case, no accents, words separated by one space.
import { fold, searchWords } from "@/lib/text/normalise";

export type SearchableOrganisation = { name: string; parent?: { name: string } | null };

export type SearchablePosting = {
  title: string;
  roles: string | null;
  team: string | null;
  body: string;
  location: string | null;
  technologies: string[];
  organisation: SearchableOrganisation;
};

/**
 * Each distinct word once, surrounded by spaces, so that a query word can be matched at the
 * start of any word. A query matches words, not phrases: repeats would only lengthen the scan.
 */
function asColumn(words: string): string {
  return words ? ` ${[...new Set(words.split(" "))].join(" ")} ` : "";
}

export type PostingSearchColumns = { searchText: string; searchLocation: string; titleSortKey: string };

/**
 * The normalised columns written with every posting (see docs/decisions/0005-search-and-cached-home.md),
 * and the title's sort key for the back office's lists (0034).
 */
export function postingSearchColumns(posting: SearchablePosting): PostingSearchColumns {
  const { organisation } = posting;
  const parts = [
    posting.title,
    organisation.name,
    organisation.parent?.name,
    posting.team,
    posting.roles,
    posting.technologies.join(" "),
    posting.location,
    posting.body,
  ];
  return {
    searchText: asColumn(searchWords(parts.filter(Boolean).join(" \n "))),
    searchLocation: asColumn(searchWords(posting.location ?? "")),
    titleSortKey: fold(posting.title),
  };
}

const MAX_QUERY_WORDS = 8;
const MAX_WORD_LENGTH = 40;

/**
 * The words of a query, each to be found at the start of a word of the posting. Distinct,
 * a few at most: a pasted paragraph must not become a hundred LIKE clauses.
 */
export function queryWords(query: string): string[] {
  const words = searchWords(query)
    .split(" ")
    .filter(Boolean)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

// Text made comparable, for every feature: the importer's matching, slugs, the search
// columns of postings and applications, and what a search is asked for.

/** Trims and collapses every run of whitespace (including non-breaking spaces) to one space. */
export function cleanText(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, " ").trim();
}

/**
 * Joins inclusive-writing forms ("un·e", "Chargé.e", "expert-es") so they read as one word:
 * matching and slugs must not split "chargé.e" into "charge" and "e".
 */
export function joinInclusiveWriting(text: string): string {
  const dotted = /(\p{L})\.(e|es|le|les|ne|nes|euse|euses|rice|rices|trice|trices|ve|ves|ère|ères|s)(?![\p{L}\p{N}])/giu;
  // Twice, for the stacked forms ("chargé.e.s").
  return text
    .replace(/(\p{L})[·•‧⋅](?=\p{L})/gu, "$1")
    .replace(dotted, "$1$2")
    .replace(dotted, "$1$2")
    .replace(/(\p{L})-(e|es)(?![\p{L}\p{N}])/gu, "$1$2");
}

/** Lowercase, without accents or ligatures, apostrophes unified: for comparing names and keys. */
export function fold(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/ß/g, "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`´]/g, "'");
}

/**
 * Folded text reduced to words separated by single spaces, for keyword matching.
 * Host names ("data.gouv.fr") are removed first: "data" in a site name is not a skill.
 */
export function foldWords(text: string): string {
  const withoutHosts = joinInclusiveWriting(text).replace(/\b[\w-]+(?:\.[\w-]+)+\b/gu, " ");
  return fold(withoutHosts)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Removes markdown emphasis and links, keeping the visible text. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, "")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}])[*_](.+?)[*_](?![\p{L}\p{N}])/gu, "$1$2");
}

/** "Développeur·se Back-end (H/F)" → "developpeurse back end h f". */
export function searchWords(text: string): string {
  return fold(joinInclusiveWriting(stripInlineMarkdown(text)))
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

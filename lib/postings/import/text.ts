// Small text helpers shared by the importer modules.

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

/** The first sentence of a free text ("Courant octobre 2019. Nous vous formerons…" → "Courant octobre 2019"). */
export function firstSentence(text: string): string {
  const match = /^(.+?)[.!?…](?:\s+\p{Lu}|\s*$)/u.exec(text.trim());
  return cleanText(match?.[1] ?? text).replace(/[\s;,.:]+$/u, "");
}

/** Removes trailing list punctuation (";", ".", ",") left by "- Durée : 3 ans ;". */
export function trimTrailingPunctuation(text: string): string {
  return text.replace(/[\s;,.:]+$/u, "").trim();
}

/** A scalar or a list of scalars as one readable string; null for anything else or blank. */
export function asText(value: unknown): string | null {
  if (typeof value === "string") return cleanText(value) || null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(asText).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(", ") : null;
  }
  return null;
}

/** A string ("a, b" or "a; b") or a list as a list of clean strings. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asList);
  if (typeof value === "string") {
    return value
      .split(/[,;\n]/)
      .map(cleanText)
      .filter((part) => part.length > 0);
  }
  if (typeof value === "number" && Number.isFinite(value)) return [String(value)];
  return [];
}

/** Upper-cases the first letter ("une développeuse…" → "Une développeuse…"). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("fr-FR") + text.slice(1);
}

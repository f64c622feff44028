import { fold } from "@/lib/text/normalise";

export const MAX_SLUG_LENGTH = 80;

/**
 * A URL identifier: lowercase ASCII words joined by "-", accents and ligatures removed.
 * Inclusive-writing points and dots of names become separators like any punctuation
 * ("Développeur·se" → "developpeur-se", "chargé.e" → "charge-e", "data.gouv.fr" →
 * "data-gouv-fr"): no marker survives, and the feminine ending stays readable.
 * Cut on a word boundary at `maxLength`.
 * Returns "" when nothing usable remains.
 */
export function slugify(text: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const words = fold(text)
    .replace(/&/g, " et ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf("-");
  // A single very long word has no boundary: cut it hard rather than return nothing.
  const trimmed = lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, maxLength);
  return trimmed.replace(/-+$/g, "");
}

/** True when the text is already a slug as `slugify` makes them. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) && text.length <= MAX_SLUG_LENGTH;
}

// Small text helpers of the importer: reading front-matter values and free text.
import { cleanText } from "@/lib/text/normalise";

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

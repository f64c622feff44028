import type { RemotePolicy } from "@/lib/db/models";
import { cleanText, fold } from "@/lib/text/normalise";

const TRUE_WORDS = new Set(["true", "vrai", "oui", "yes", "y", "o", "1", "on", "ok", "open", "ouvert", "ouverte", "actif", "active"]);
const FALSE_WORDS = new Set(["false", "faux", "non", "no", "n", "0", "off", "closed", "close", "ferme", "fermee", "inactif", "inactive"]);

function sortedLetters(word: string): string {
  return [...word].sort().join("");
}

/** Edit distance with adjacent transpositions, capped: only "is it one typo away" matters. */
function isOneTypoAway(word: string, target: string): boolean {
  if (Math.abs(word.length - target.length) > 1) return false;
  const previous: number[] = [];
  let row: number[] = Array.from({ length: target.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i += 1) {
    const next: number[] = [i];
    for (let j = 1; j <= target.length; j += 1) {
      const cost = word[i - 1] === target[j - 1] ? 0 : 1;
      let best = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && word[i - 1] === target[j - 2] && word[i - 2] === target[j - 1]) {
        best = Math.min(best, (previous[j - 2] ?? 0) + 1);
      }
      next.push(best);
    }
    previous.splice(0, previous.length, ...row);
    row = next;
  }
  return (row[target.length] ?? 99) <= 1;
}

/**
 * true/false from the many ways files write them ("True", "oui", "Vrai", "ture", "flase",
 * "ouvert", "fermé"); null when the value is not a yes/no.
 */
export function parseLooseBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== "string") return null;
  const word = fold(value).replace(/[^a-z0-9]+/g, "");
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  if (word.length < 4) return null;
  // Typos: letters swapped ("ture", "flase") or one letter off ("treu", "fasle", "vrais").
  for (const [target, meaning] of [
    ["true", true],
    ["false", false],
    ["vrai", true],
    ["faux", false],
    ["ouvert", true],
  ] as const) {
    if (sortedLetters(word) === sortedLetters(target) || isOneTypoAway(word, target)) return meaning;
  }
  return null;
}

export type StatusWord = { status: "DRAFT" | "PUBLISHED" | "CLOSED"; filled: boolean };

/** What an `open`/`status` value means, or null when it cannot be understood. */
export function parseStatusValue(value: unknown): StatusWord | null {
  if (typeof value === "string") {
    const words = fold(value)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (/^(pourvue?s?|filled|attribuee?)\b/.test(words)) return { status: "CLOSED", filled: true };
    if (/^(brouillon|draft|en preparation|a relire|cache|masquee?)\b/.test(words)) return { status: "DRAFT", filled: false };
    if (/^(publiee?|published|en ligne|online|ouverte?|open)$/.test(words)) return { status: "PUBLISHED", filled: false };
    if (/^(closed?|fermee?|close|cloturee?|terminee?|archivee?|expiree?|expired)$/.test(words)) {
      return { status: "CLOSED", filled: false };
    }
  }
  const flag = parseLooseBoolean(value);
  if (flag === null) return null;
  return { status: flag ? "PUBLISHED" : "CLOSED", filled: false };
}

/** The remote policy a text describes; null when it does not say. */
export function parseRemotePolicy(value: unknown): RemotePolicy | null {
  const flag = parseLooseBoolean(value);
  // "remote: true" says remote work is possible, not that the job is fully remote.
  if (flag !== null) return flag ? "PARTIAL" : "NONE";
  if (typeof value !== "string") return null;
  const text = fold(value)
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
  if (
    /^(none|aucun|non)\b|\bpas (de|possible)\b|\bimpossible\b|\bsur site (uniquement|exclusivement)|\bpresentiel (uniquement|obligatoire)|\bnon autorise/.test(
      text,
    )
  ) {
    return "NONE";
  }
  if (
    /^(full|total|complet)\b|100 ?%|\b(full remote|entierement|totalement|integralement)\b|\b(teletravail|remote|distance) (complet|total|integral)\b/.test(
      text,
    )
  ) {
    return "FULL";
  }
  if (
    /\b(partiel|partielle|partial|possible|ponctuel\w*|hybride|flexible|par semaine|\d ?j(ours)?|negociable|autorise|oui|sur site)\b/.test(
      text,
    )
  ) {
    return "PARTIAL";
  }
  // Naming remote work without a restriction still says some of it is possible.
  return /\b(teletravail|remote|a distance)\b/.test(text) ? "PARTIAL" : null;
}

const EMAIL = /[A-Za-z0-9._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/**
 * A contact address from "mailto:x@y.fr", "Nom <x@y.fr>" or "x[at]y.fr"; null when none.
 * `wholeValue` (a front-matter value that is only an address) also accepts stray spaces
 * ("x . y @ z.fr"); in a sentence, spaces must stay or the words would merge into the address.
 */
export function normaliseEmail(value: unknown, wholeValue = false): string | null {
  if (typeof value !== "string") return null;
  let text = value
    .replace(/\s*[[(]\s*(?:at|arobase)\s*[\])]\s*/gi, "@")
    .replace(/mailto:\s*/gi, " ")
    .replace(/[\s\u00a0]*@[\s\u00a0]*/g, "@");
  if (wholeValue) text = text.replace(/[\s\u00a0]+/g, "");
  const match = EMAIL.exec(text);
  return match ? match[0].toLowerCase() : null;
}

/** An absolute http(s) URL, or null. */
export function normaliseUrl(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = cleanText(value);
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? text : null;
  } catch {
    return null;
  }
}

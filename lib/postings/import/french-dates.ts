import { cleanText, fold } from "@/lib/text/normalise";

const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  jan: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

const WEEKDAYS = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

/** A calendar day as a Date at UTC midnight, or null when the day does not exist (31 février). */
export function utcDay(year: number, month: number, day: number): Date | null {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** "2021-05-03" for a Date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Reads one day written in French or ISO form: "3 mai 2021", "1er février 2021",
 * "lundi 3 mai 2021", "03/05/2021", "2021-05-03", "2021-05-03T10:00:00Z" (time ignored).
 * A month without a day ("septembre 2021", "Courant octobre 2019") is not a day: null.
 */
export function parseFrenchDate(text: string): Date | null {
  const folded = fold(text).replace(/[.,]$/, "");
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+(?:z|[+-][\d:]+)?)?$/.exec(folded);
  if (iso) return utcDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(folded);
  if (numeric) return utcDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const written = new RegExp(`^(?:${WEEKDAYS}\\s+)?(\\d{1,2})\\s*(?:er|e|eme)?\\s+([a-z]+)\\.?\\s+(\\d{4})$`).exec(folded);
  if (!written) return null;
  const month = MONTHS[written[2] ?? ""];
  return month ? utcDay(Number(written[3]), month, Number(written[1])) : null;
}

/** Finds the first French or ISO day inside a longer text ("pourvu le 3 novembre 2026"). */
export function findFrenchDate(text: string): Date | null {
  const folded = fold(text);
  const candidates = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\s*(?:er|e)?\s+[a-z]+\.?\s+\d{4}/g;
  for (const match of folded.matchAll(candidates)) {
    const date = parseFrenchDate(match[0]);
    if (date) return date;
  }
  return null;
}

/**
 * A front-matter date value as a UTC-midnight Date: YAML may hand over a Date (timestamp
 * schema) or the text as written. Returns null for anything that is not a day.
 */
export function toDay(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : utcDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "string") return parseFrenchDate(cleanText(value));
  return null;
}

/** The date and slug of a Jekyll collection file name ("2024-03-14-some-slug.md"). */
export function parseJekyllFileName(fileName: string): { date: Date; slug: string } | null {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const match = /^(\d{4})-(\d{2})-(\d{2})-(.+)\.(?:md|markdown|mdx?|txt)$/i.exec(base);
  if (!match) return null;
  const date = utcDay(Number(match[1]), Number(match[2]), Number(match[3]));
  return date ? { date, slug: match[4] ?? "" } : null;
}

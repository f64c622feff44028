import { isoDay, toDay } from "@/lib/postings/import/french-dates";
import type { KnownField } from "@/lib/postings/import/keys";
import { asText } from "@/lib/postings/import/text";

/** What the parse steps share: the known keys, the extra keys and the warnings so far. */
export type Context = {
  known: Map<KnownField, { key: string; value: unknown }>;
  extra: Record<string, unknown>;
  warnings: string[];
};

export function entry(context: Context, field: KnownField): { key: string; value: unknown } | undefined {
  return context.known.get(field);
}

function showValue(value: unknown): string {
  if (value instanceof Date) return isoDay(value);
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

/** Keeps a value the model cannot use in extraFrontMatter, so nothing is lost, and says so. */
export function setAside(context: Context, key: string, value: unknown, why: string): void {
  context.extra[key] = value;
  context.warnings.push(`${why} : « ${key} » = ${showValue(value)} (conservée dans les clés supplémentaires)`);
}

/** A known key's value as text (lists joined); null when absent or unreadable. */
export function readText(context: Context, field: KnownField): string | null {
  const found = entry(context, field);
  if (!found) return null;
  const text = asText(found.value instanceof Date ? isoDay(found.value) : found.value);
  if (text === null) setAside(context, found.key, found.value, "valeur illisible");
  return text;
}

/** A known key's value as a UTC-midnight day; null when absent or not a day. */
export function readDay(context: Context, field: KnownField): Date | null {
  const found = entry(context, field);
  if (!found) return null;
  const day = toDay(found.value);
  if (day === null) setAside(context, found.key, found.value, "date illisible");
  return day;
}

import { isoDay, toDay } from "@/lib/postings/import/french-dates";
import type { KnownField } from "@/lib/postings/import/keys";
import type { FieldSources } from "@/lib/postings/import/sources";
import { asText } from "@/lib/postings/import/text";

/** What the parse steps share: the known keys, the extra keys and the warnings so far. */
export type Context = {
  known: Map<KnownField, { key: string; value: unknown }>;
  extra: Record<string, unknown>;
  warnings: string[];
  /** Where each filled field came from, for the report's counts. */
  sources: FieldSources;
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

/**
 * A known key's value read by `parse`; null when absent, and set aside with the reason
 * `why` when `parse` cannot understand it.
 */
export function readParsed<T>(context: Context, field: KnownField, parse: (value: unknown) => T | null, why: string): T | null {
  const found = entry(context, field);
  if (!found) return null;
  const parsed = parse(found.value);
  if (parsed === null) setAside(context, found.key, found.value, why);
  return parsed;
}

/** A known key's value as text (lists joined); null when absent or unreadable. */
export function readText(context: Context, field: KnownField): string | null {
  return readParsed(context, field, (value) => asText(value instanceof Date ? isoDay(value) : value), "valeur illisible");
}

/** A known key's value as a UTC-midnight day; null when absent or not a day. */
export function readDay(context: Context, field: KnownField): Date | null {
  return readParsed(context, field, toDay, "date illisible");
}

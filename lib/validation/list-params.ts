// The filters of back-office lists as URL parameters: the fields they share, and one way to read
// them where a malformed filter is reported and left out while the others still apply.
import { z } from "zod";
import { firstFieldErrors } from "./field-errors";

/** An id in a URL: letters, digits, dashes and underscores; empty means absent. */
export const idParam = (message: string) =>
  z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z0-9_-]*$/, message)
    .transform((v) => v || undefined);

/** The words searched for; empty means absent. */
export const wordsParam = z
  .string()
  .trim()
  .max(200, "200 caractères au plus.")
  .transform((v) => v || undefined);

/** A page number; anything else is the first page. */
export const pageParam = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number)
  .optional()
  .catch(undefined);

/**
 * `record` read by `schema`. A malformed value is reported (a French message by field) and
 * left out, never widened into something else: the other values are read without it.
 */
export function parseKeepingValid<S extends z.ZodType<object>>(
  schema: S,
  record: Record<string, string>,
): { values: Partial<z.output<S>>; errors: Record<string, string> } {
  const parsed = schema.safeParse(record);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors = firstFieldErrors(parsed.error);
  const kept = Object.fromEntries(Object.entries(record).filter(([k]) => !(k in errors)));
  return { values: schema.safeParse(kept).data ?? {}, errors };
}

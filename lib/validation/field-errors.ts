import type { z } from "zod";

/**
 * Every message of a refused input, grouped by the top-level field it is about, in the
 * schema's order. The one way zod issues become messages next to fields, in forms and in
 * query strings alike.
 */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    const messages = errors[field] ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    errors[field] = messages;
  }
  return errors;
}

/** The first message of each field, where a page shows one line per field. */
export function firstFieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors(error)).map(([field, [first]]) => [field, first ?? ""]));
}

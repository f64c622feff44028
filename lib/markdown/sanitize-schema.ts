// What a posting body may contain once rendered. Bodies come from imported files and,
// later, from admin forms: treat them as untrusted.
import { defaultSchema } from "rehype-sanitize";
import type { Options as Schema } from "rehype-sanitize";

/**
 * GitHub's schema (no script, style, iframe, form, event handler or inline style),
 * narrowed further: links only to web pages, e-mail and phone numbers (relative links
 * are kept), images only over https. Anything else loses its URL and stays inert.
 */
export const postingSchema: Schema = {
  ...defaultSchema,
  protocols: {
    ...defaultSchema.protocols,
    href: ["http", "https", "mailto", "tel"],
    cite: ["http", "https"],
    src: ["https"],
    longDesc: ["https"],
  },
};

// The keys of the real archive that name people and addresses: the team members to ask
// (`contacts`) and the posting's old addresses (`redirect_from`).
import { normaliseOldPath } from "@/lib/postings/redirects/paths";
import { type Context, entry, setAside } from "@/lib/postings/import/context";
import { cleanText } from "@/lib/text/normalise";

/** Strings of a scalar or a list; anything else (a mapping, a number in a list) is not a name. */
function strings(value: unknown): { texts: string[]; unreadable: unknown[] } {
  const items = Array.isArray(value) ? value : [value];
  const texts: string[] = [];
  const unreadable: unknown[] = [];
  for (const item of items) {
    if (typeof item === "string" && cleanText(item)) texts.push(cleanText(item));
    else unreadable.push(item);
  }
  return { texts, unreadable };
}

/** `contacts`: handles or addresses, one per item (a single string may list them with commas). */
export function readContacts(context: Context): string[] {
  const found = entry(context, "contacts");
  if (!found) return [];
  const { texts, unreadable } = strings(found.value);
  if (unreadable.length > 0) setAside(context, found.key, unreadable, "contacts illisibles");
  const contacts = texts.flatMap((text) => text.split(/[,;]/).map(cleanText)).filter(Boolean);
  return [...new Set(contacts)];
}

/** `redirect_from`: the old paths, normalised; what cannot be an old address is kept aside. */
export function readRedirectFrom(context: Context): string[] {
  const found = entry(context, "redirectFrom");
  if (!found) return [];
  const { texts, unreadable } = strings(found.value);
  const paths: string[] = [];
  for (const text of texts) {
    const path = normaliseOldPath(text);
    if (path) paths.push(path);
    else unreadable.push(text);
  }
  if (unreadable.length > 0) {
    setAside(context, found.key, unreadable, "ancienne adresse inutilisable (vide, trop longue ou déjà une page du site)");
  }
  return [...new Set(paths)];
}

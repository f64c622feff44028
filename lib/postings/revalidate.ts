import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Public pages that show postings are cached. After a write that changes what the public
 * sees (publish, edit, close, reopen, import…), this drops every cached page a posting
 * appears on, so the next visitor gets a fresh render. Routes that list postings belong
 * here as they are added.
 */
export function revalidatePublicPostings(slugs: readonly string[]): void {
  revalidatePath("/");
  // "/" and "/?page=n" are served by the cached /liste/[page] (next.config.js rewrites):
  // the cache holds them under that route, every page of which may change.
  revalidatePath("/liste/[page]", "page");
  // The Atom feeds, overall and per organisation (an incubator's lists its start-ups').
  revalidatePath("/flux/[feed]", "page");
  revalidatePath("/flux/organisations/[feed]", "page");
  for (const slug of slugs) revalidatePath(`/offres/${encodeURIComponent(slug)}`);
}

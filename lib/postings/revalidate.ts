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
  for (const slug of slugs) revalidatePath(`/offres/${encodeURIComponent(slug)}`);
}

import "server-only";
import { revalidatePath } from "next/cache";
import { postingPath } from "@/lib/urls/public";
import { forgetCachedSearches } from "./search/cached";

/**
 * Public pages that show postings are cached. After a write that changes what the public
 * sees (publish, edit, close, reopen, import…), this drops every cached page a posting
 * appears on, so the next visitor gets a fresh render. Routes that list postings belong
 * here as they are added.
 */
export function revalidatePublicPostings(slugs: readonly string[]): void {
  forgetCachedSearches();
  revalidatePath("/");
  // "/" and "/?page=n" are rewritten to the cached app/(public)/liste/[page] (next.config.js):
  // the cache tags them by that route file, group included, and any page of it may change.
  revalidatePath("/(public)/liste/[page]", "page");
  // The Atom feeds, overall and per organisation (app/flux/**/route.ts): a route handler is
  // tagged by the layouts above it, so "/flux" as a layout covers them all.
  revalidatePath("/flux", "layout");
  for (const slug of slugs) revalidatePath(postingPath(slug));
}

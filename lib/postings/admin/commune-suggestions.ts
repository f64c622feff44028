import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { communeSuggestions } from "./places";

/**
 * The editor's suggestions for the commune being typed (`q`), for someone who may write
 * offers: anyone else gets the answer of a page that does not exist (adminRoute).
 */
export function communeSuggestionsResponse(actor: Actor, url: URL): Response {
  assertCan(actor, "postings:write");
  const query = (url.searchParams.get("q") ?? "").slice(0, 100);
  return Response.json(
    { suggestions: communeSuggestions(query) },
    { headers: { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } },
  );
}

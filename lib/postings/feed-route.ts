import "server-only";
import { openPostingsFeed } from "./feed";

/** The HTTP answer of a feed route: the Atom document, or 404 for an unknown feed. */
export async function feedResponse(organisationSlug?: string): Promise<Response> {
  const atom = await openPostingsFeed(organisationSlug);
  if (atom === null) return new Response("Flux inconnu", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(atom, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}

/** "beta-gouv-fr.atom" → "beta-gouv-fr"; null for any other file name. */
export function feedSlug(fileName: string): string | null {
  return /^([a-z0-9]+(?:-[a-z0-9]+)*)\.atom$/.exec(fileName)?.[1] ?? null;
}

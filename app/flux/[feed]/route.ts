import { feedResponse } from "@/lib/postings/feed-route";

// Cached like the home page: built on the first request, refreshed at most every five
// minutes or when a posting changes. Nothing is built at `next build`, when there may be no database.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { feed: string }[] {
  return [];
}

/** /flux/offres.atom: every open posting. */
export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  if ((await params).feed !== "offres.atom") return new Response("Flux inconnu", { status: 404 });
  return feedResponse();
}

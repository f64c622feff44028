import { feedResponse, feedSlug } from "@/lib/postings/feed-route";

export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { feed: string }[] {
  return [];
}

/** /flux/organisations/<slug>.atom: the open postings of one organisation and its start-ups. */
export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const slug = feedSlug((await params).feed);
  if (!slug) return new Response("Flux inconnu", { status: 404 });
  return feedResponse(slug);
}

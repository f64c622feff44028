import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeIntro } from "@/components/postings/HomeIntro";
import { parsePageParam } from "@/components/postings/PostingPagination";
import { PostingSearchView } from "@/components/postings/PostingSearchView";
import { searchPostings, listFilterOrganisations } from "@/lib/postings/search/query";
import { FEED_PATH, listingPath } from "@/lib/urls/public";

// The unfiltered home page, "/" and "/?page=n" (rewritten here by next.config.js), is the
// page most visitors see: rendered on its first visit, then served from the cache and
// re-rendered in the background at most every five minutes, or when a posting changes.
// Searches go to /recherche, which renders per request (docs/decisions/0005-search-and-cached-home.md).
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { page: string }[] {
  return [];
}

type ListPageProps = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const page = parsePageParam((await params).page) ?? 1;
  return {
    // Page 1 keeps the site's own title (a `title: undefined` would erase it).
    ...(page > 1 && { title: `Offres ouvertes, page ${page}` }),
    alternates: {
      canonical: listingPath("open", {}, page),
      types: { "application/atom+xml": [{ url: FEED_PATH, title: "Offres ouvertes" }] },
    },
  };
}

export default async function HomePage({ params }: ListPageProps) {
  const requested = parsePageParam((await params).page);
  if (requested === null) notFound();
  const [result, organisations] = await Promise.all([searchPostings({}, { page: requested }), listFilterOrganisations()]);
  // A page past the end is a URL that does not exist, as is ?page=0 or ?page=abc.
  if (requested > result.pageCount) notFound();

  return (
    <div className="fr-container fr-my-6w">
      <HomeIntro />
      <PostingSearchView scope="open" filters={{}} result={result} organisations={organisations} />
    </div>
  );
}

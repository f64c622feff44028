import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
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

// The title and the page read one listing per request: a page past the end is a 404 for both,
// so its title is the 404's, not "Offres ouvertes, page n".
const listingPage = cache((page: number) => searchPostings({}, { page }));

async function requestedPage(params: ListPageProps["params"]) {
  const requested = parsePageParam((await params).page);
  // A page past the end is a URL that does not exist, as is ?page=0 or ?page=abc.
  if (requested === null) notFound();
  const result = await listingPage(requested);
  if (requested > result.pageCount) notFound();
  return { page: requested, result };
}

export async function generateMetadata({ params }: ListPageProps): Promise<Metadata> {
  const { page } = await requestedPage(params);
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
  const [{ result }, organisations] = await Promise.all([requestedPage(params), listFilterOrganisations()]);

  return (
    <div className="fr-container fr-my-6w">
      <HomeIntro />
      <PostingSearchView scope="open" filters={{}} result={result} organisations={organisations} />
    </div>
  );
}

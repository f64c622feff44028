import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeIntro } from "@/components/postings/HomeIntro";
import { PostingSearchView } from "@/components/postings/PostingSearchView";
import { parseSearchParams, type SearchParams } from "@/lib/postings/search/filters";
import { cachedFilterOrganisations, cachedSearchPostings } from "@/lib/postings/search/cached";
import { searchPageTitle } from "@/lib/postings/search/title";

// "/?q=…&contrat=…" is rewritten here (next.config.js): a search renders per request,
// while the unfiltered home page stays cached.
export const dynamic = "force-dynamic";

type SearchPageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  // The same search as the page's, answered once by the cache: the title gives its count.
  const result = parsed.ok ? await cachedSearchPostings(parsed.filters, { page: parsed.page }) : null;
  return {
    title: parsed.ok && result ? searchPageTitle("open", parsed.filters, parsed.page, result.total) : "Recherche d'offres",
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const parsed = parseSearchParams(await searchParams);
  // Values no form offers (a hand-edited URL): the address does not exist.
  if (!parsed.ok) notFound();
  const [result, organisations] = await Promise.all([
    cachedSearchPostings(parsed.filters, { page: parsed.page }),
    cachedFilterOrganisations(parsed.filters.organisation),
  ]);
  if (parsed.page > result.pageCount) notFound();

  return (
    <div className="fr-container fr-my-6w">
      <HomeIntro />
      <PostingSearchView scope="open" filters={parsed.filters} result={result} organisations={organisations} />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PostingSearchView } from "@/components/postings/PostingSearchView";
import { parseSearchParams, type SearchParams } from "@/lib/postings/search/filters";
import { cachedFilterOrganisations, cachedSearchPostings } from "@/lib/postings/search/cached";
import { searchPageTitle } from "@/lib/postings/search/title";

export const dynamic = "force-dynamic";

type ArchivePageProps = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: ArchivePageProps): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  const result = parsed.ok ? await cachedSearchPostings(parsed.filters, { scope: "archive", page: parsed.page }) : null;
  return {
    title: parsed.ok && result ? searchPageTitle("archive", parsed.filters, parsed.page, result.total) : "Offres clôturées",
    alternates: { canonical: "/archives" },
  };
}

export default async function ArchivePage({ searchParams }: ArchivePageProps) {
  const parsed = parseSearchParams(await searchParams);
  if (!parsed.ok) notFound();
  const [result, organisations] = await Promise.all([
    cachedSearchPostings(parsed.filters, { scope: "archive", page: parsed.page }),
    cachedFilterOrganisations(parsed.filters.organisation),
  ]);
  if (parsed.page > result.pageCount) notFound();

  return (
    <div className="fr-container fr-my-6w">
      <h1>Offres clôturées et pourvues</h1>
      <p className="fr-text--lead">
        Les offres qui n'acceptent plus de candidatures restent consultables : elles donnent une idée des métiers et des équipes qui
        recrutent.
      </p>
      <PostingSearchView scope="archive" filters={parsed.filters} result={result} organisations={organisations} />
    </div>
  );
}

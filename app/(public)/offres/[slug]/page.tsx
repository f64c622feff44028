import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PostingView } from "@/components/postings/PostingView";
import { contractLabel, organisationLabel } from "@/lib/postings/labels";
import { getPublicPosting } from "@/lib/postings/queries";

// Incremental static regeneration: each posting renders on its first visit, then is served
// from the cache and re-rendered in the background at most every five minutes. Nothing is
// rendered at build time, when there may be no database.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type PostingPageProps = { params: Promise<{ slug: string }> };

// generateMetadata and the page ask for the same posting: one query per render.
const loadPosting = cache((slug: string) => getPublicPosting(slug));

export async function generateMetadata({ params }: PostingPageProps): Promise<Metadata> {
  const posting = await loadPosting((await params).slug);
  if (!posting) return { title: "Page non trouvée" };
  const facts = [
    contractLabel(posting.contractType),
    organisationLabel(posting.organisation),
    posting.location,
  ].filter(Boolean);
  return {
    title: posting.title,
    description: `${posting.open ? "Offre d'emploi" : "Offre clôturée"} : ${posting.title}. ${facts.join(" · ")}.`,
  };
}

export default async function PostingPage({ params }: PostingPageProps) {
  const posting = await loadPosting((await params).slug);
  if (!posting) notFound();

  return (
    <div className="fr-container fr-mb-8w">
      <Breadcrumb
        currentPageLabel={posting.title}
        homeLinkProps={{ href: "/" }}
        segments={[]}
      />
      <PostingView posting={posting} />
    </div>
  );
}

import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OrganisationOffers } from "@/components/postings/OrganisationOffers";
import { PostingView } from "@/components/postings/PostingView";
import { contractLabel, organisationLabel } from "@/lib/postings/labels";
import { jobPostingJsonLd, jsonLdScriptText } from "@/lib/postings/job-posting-schema";
import { getPublicPosting } from "@/lib/postings/queries";
import { absoluteUrl } from "@/lib/site";
import { SERVICE_NAME } from "@/lib/brand";
import { postingPath } from "@/lib/urls/public";

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
  const facts = [contractLabel(posting.contractType), organisationLabel(posting.organisation), posting.location].filter(Boolean);
  const description = `${posting.open ? "Offre d'emploi" : "Offre clôturée"} : ${posting.title}. ${facts.join(" · ")}.`;
  const path = postingPath(posting.slug);
  return {
    title: posting.title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "website", url: path, title: posting.title, description, siteName: SERVICE_NAME, locale: "fr_FR" },
    // A closed posting stays readable, but search engines should not offer it as a job.
    robots: posting.open ? undefined : { index: false, follow: true },
  };
}

export default async function PostingPage({ params }: PostingPageProps) {
  const posting = await loadPosting((await params).slug);
  if (!posting) notFound();

  return (
    <div className="fr-container fr-mb-8w">
      {posting.open && (
        <script
          type="application/ld+json"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD must be the script's text; jsonLdScriptText escapes every "<".
          dangerouslySetInnerHTML={{ __html: jsonLdScriptText(jobPostingJsonLd(posting, absoluteUrl(postingPath(posting.slug)))) }}
        />
      )}
      <Breadcrumb currentPageLabel={posting.title} homeLinkProps={{ href: "/" }} segments={[]} />
      <PostingView posting={posting} aside={<OrganisationOffers organisation={posting.organisation} />} />
    </div>
  );
}

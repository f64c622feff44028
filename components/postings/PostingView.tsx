import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";
import { HowToApply } from "@/components/postings/HowToApply";
import { PostingClosedAlert } from "@/components/postings/PostingClosedAlert";
import { PostingFacts } from "@/components/postings/PostingFacts";
import { RenderMarkdown } from "@/lib/markdown/render";
import { organisationLabel } from "@/lib/postings/labels";
import type { PublicPosting } from "@/lib/postings/queries";

/**
 * A posting as candidates read it: the public page and the admin preview both render this,
 * so the preview shows exactly what will be published. `aside` adds links that only make
 * sense once the posting is public.
 */
export function PostingView({ posting, aside }: { posting: PublicPosting; aside?: ReactNode }) {
  return (
    <>
      <h1>{posting.title}</h1>
      <p className="fr-text--lead">{organisationLabel(posting.organisation)}</p>
      <PostingClosedAlert posting={posting} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <aside className="fr-col-12 fr-col-md-4" aria-label="Résumé de l'offre">
          {/* A DSFR colour token rather than fr-background-alt--grey, whose utility sheet weighs 110 KB. */}
          <div className="fr-p-3w" style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}>
            <PostingFacts posting={posting} />
            <HowToApply posting={posting} />
            {aside}
          </div>
        </aside>
        <div className="fr-col-12 fr-col-md-8">
          <RenderMarkdown markdown={posting.body} title={posting.title} />
        </div>
      </div>
    </>
  );
}

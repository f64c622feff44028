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
 * sense once the posting is public. In a `preview`, nothing leads anywhere (the posting has no
 * public page yet) and each part is marked for the editor to scroll to (`data-preview-part`).
 */
export function PostingView({ posting, aside, preview }: { posting: PublicPosting; aside?: ReactNode; preview?: boolean }) {
  const part = (name: string) => (preview ? { "data-preview-part": name } : {});
  return (
    <>
      <h1 {...part("heading")}>{posting.title}</h1>
      <p className="fr-text--lead">{organisationLabel(posting.organisation)}</p>
      <PostingClosedAlert posting={posting} preview={preview} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <aside className="fr-col-12 fr-col-md-4" aria-label="Résumé de l'offre" {...part("facts")}>
          {/* A DSFR colour token rather than fr-background-alt--grey, whose utility sheet weighs 110 KB. */}
          <div className="fr-p-3w" style={{ backgroundColor: fr.colors.decisions.background.alt.grey.default }}>
            <PostingFacts posting={posting} preview={preview} />
            <HowToApply posting={posting} preview={preview} />
            {aside}
          </div>
        </aside>
        <div className="fr-col-12 fr-col-md-8" {...part("body")}>
          <RenderMarkdown markdown={posting.body} title={posting.title} preview={preview} />
        </div>
      </div>
    </>
  );
}

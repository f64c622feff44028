import { fr } from "@codegouvfr/react-dsfr";
import type { ReactNode } from "react";
import type { PublicPosting } from "@/lib/postings/queries";
import { applicationFormPath } from "@/lib/urls/public";

/** The button; in a preview, the same button as text, which no click or key follows. */
function ApplyButton({ href, preview, children }: { href: string; preview?: boolean; children: ReactNode }) {
  if (preview) return <span className={fr.cx("fr-btn")}>{children}</span>;
  return (
    <a className={fr.cx("fr-btn")} href={href} rel="noopener">
      {children}
    </a>
  );
}

/**
 * How to apply to an open posting: on the team's own site when it names one, otherwise
 * through the portal's form, on a page of its own (this page is cached for every visitor;
 * the form is not). In a preview the button looks the same and leads nowhere.
 */
export function HowToApply({ posting, preview }: { posting: PublicPosting; preview?: boolean }) {
  if (!posting.open) return null;
  return (
    <section aria-labelledby="candidater" className="fr-mt-4w" data-preview-part={preview ? "apply" : undefined}>
      <h2 id="candidater" className="fr-h5">
        Candidater
      </h2>
      {posting.externalUrl ? (
        <>
          <p className="fr-text--sm">Cette équipe reçoit les candidatures sur son propre site.</p>
          <ApplyButton href={posting.externalUrl} preview={preview}>
            Candidater sur le site de l'équipe
          </ApplyButton>
        </>
      ) : (
        <>
          <p className="fr-text--sm">Un formulaire, votre CV et quelques lignes sur ce qui vous motive.</p>
          <ApplyButton href={applicationFormPath(posting.slug)} preview={preview}>
            Candidater à cette offre
          </ApplyButton>
        </>
      )}
    </section>
  );
}

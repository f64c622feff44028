import { fr } from "@codegouvfr/react-dsfr";
import type { PublicPosting } from "@/lib/postings/queries";
import { applicationFormPath } from "@/lib/urls/public";

/**
 * How to apply to an open posting: on the team's own site when it names one, otherwise
 * through the portal's form, on a page of its own (this page is cached for every visitor;
 * the form is not).
 */
export function HowToApply({ posting }: { posting: PublicPosting }) {
  if (!posting.open) return null;
  return (
    <section aria-labelledby="candidater" className="fr-mt-4w">
      <h2 id="candidater" className="fr-h5">
        Candidater
      </h2>
      {posting.externalUrl ? (
        <>
          <p className="fr-text--sm">Cette équipe reçoit les candidatures sur son propre site.</p>
          <a className={fr.cx("fr-btn")} href={posting.externalUrl} rel="noopener">
            Candidater sur le site de l'équipe
          </a>
        </>
      ) : (
        <>
          <p className="fr-text--sm">Un formulaire, votre CV et quelques lignes sur ce qui vous motive.</p>
          <a className={fr.cx("fr-btn")} href={applicationFormPath(posting.slug)}>
            Candidater à cette offre
          </a>
        </>
      )}
    </section>
  );
}

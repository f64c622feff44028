import { fr } from "@codegouvfr/react-dsfr";
import type { PublicPosting } from "@/lib/postings/queries";

function mailtoHref(email: string, title: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(`Candidature : ${title}`)}`;
}

/** How to apply to an open posting. The application form will replace the e-mail route. */
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
      ) : posting.contactEmail ? (
        <>
          <p className="fr-text--sm">
            Envoyez votre CV et quelques lignes sur ce qui vous motive à{" "}
            <a href={`mailto:${posting.contactEmail}`}>{posting.contactEmail}</a>.
          </p>
          <a className={fr.cx("fr-btn")} href={mailtoHref(posting.contactEmail, posting.title)}>
            Candidater par e-mail
          </a>
        </>
      ) : (
        <p className="fr-text--sm">La façon de candidater est indiquée dans le texte de l'offre.</p>
      )}
    </section>
  );
}

// What a masked application's page says above its file: why it is anonymous, and the reveal
// for whoever may change it (a modal with JavaScript, a confirmation page without).
import { ConfirmDialog } from "@/components/admin/ConfirmDialog";
import { UNREADABLE_CV_TEXT } from "@/lib/applications/cv-text";
import { revealApplicationPath } from "@/lib/urls/admin";
import { RevealExplanation } from "./RevealExplanation";
import { RevealForm } from "./RevealForm";
import "./masked-cv.css";

export function BlindNotice({ id, canReveal }: { id: string; canReveal: boolean }) {
  return (
    <section aria-labelledby="aveugle-titre" className="fr-callout fr-mb-4w">
      <h2 id="aveugle-titre" className="fr-callout__title fr-h6">
        Candidature anonyme jusqu'à l'entretien
      </h2>
      <p className="fr-callout__text fr-text--md">
        Cette offre est lue à l'aveugle : le nom, les coordonnées et les liens de la personne sont masqués, et son CV n'est montré que par
        son texte, coordonnées retirées. Ils apparaîtront quand la candidature passera à l'étape Entretien.
      </p>
      {canReveal && (
        <ConfirmDialog
          id="lever-anonymat"
          trigger="Lever l'anonymat"
          confirmationPath={revealApplicationPath(id)}
          title="Lever l'anonymat ?"
        >
          <RevealExplanation />
          <RevealForm id={id} />
        </ConfirmDialog>
      )}
    </section>
  );
}

/** The CV of a masked application: its cleaned text in a readable block, or why there is none. */
export function MaskedCvText({ text }: { text: string | null }) {
  if (text === null) {
    return <p className="fr-mb-0">{UNREADABLE_CV_TEXT}</p>;
  }
  return (
    <>
      <p className="fr-text--sm fr-mb-1w">Texte du CV, coordonnées retirées (la mise en page d'origine n'est pas conservée) :</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a long scrolling block must be reachable with the keyboard to be read */}
      <div className="rj-cv-text" tabIndex={0} role="region" aria-label="Texte du CV, coordonnées retirées">
        {text}
      </div>
    </>
  );
}

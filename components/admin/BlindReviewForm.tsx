"use client";
// The offer's blind first review, on its admin page: what it does, whether it is on, one button.
import { useActionState } from "react";
import { StatusForm } from "@/components/forms/feedback";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { setBlindReviewAction } from "@/lib/postings/admin/actions";

type Props = { id: string; version: number; blindReview: boolean };

export function BlindReviewForm({ id, version, blindReview }: Props) {
  const [state, action, pending] = useActionState(setBlindReviewAction, INITIAL_FORM_STATE);
  return (
    <section aria-labelledby="aveugle-titre" className="fr-mb-4w">
      <h2 id="aveugle-titre" className="fr-h5">
        Lecture à l'aveugle
      </h2>
      <p className="fr-mb-1w">
        {blindReview ? "Activée. " : "Désactivée. "}
        Quand elle est activée, l'équipe voit chaque candidature sous un pseudonyme (« Candidature n° … ») jusqu'à l'étape Entretien : ni
        nom, ni adresse électronique, ni téléphone, ni liens, et le CV seulement sous la forme de son texte, coordonnées retirées, dans la
        fiche, la liste et les exports. Lever l'anonymat avant l'entretien reste possible, et laisse une trace dans le journal.
      </p>
      <StatusForm state={state} action={action}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="blindReview" value={blindReview ? "off" : "on"} />
        <button type="submit" className={`fr-btn fr-btn--sm${blindReview ? " fr-btn--secondary" : ""}`} disabled={pending}>
          {blindReview ? "Désactiver la lecture à l'aveugle" : "Activer la lecture à l'aveugle"}
        </button>
      </StatusForm>
    </section>
  );
}

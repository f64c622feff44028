"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Select } from "@codegouvfr/react-dsfr/Select";
import Link from "next/link";
import { useActionState } from "react";
import { changeApplicationStatusAction } from "@/lib/applications/admin/actions";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES, nextStep } from "@/lib/applications/labels";
import type { ApplicationStatus } from "@/lib/db/models";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

/** Moves the application to another step; "non retenue" has its own page, with the answer to send. */
export function StatusForm({ id, status }: { id: string; status: ApplicationStatus }) {
  const [state, action, pending] = useActionState(changeApplicationStatusAction, INITIAL_FORM_STATE);
  const choices = APPLICATION_STATUSES.filter((s) => s !== status && s !== "REJECTED");
  // The next step is chosen beforehand; past the last one, nothing is, so a move back is deliberate.
  const proposed = nextStep(status);
  const error = state.errors.to?.join(" ");
  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && !error && <Alert className="fr-mb-2w" small severity={state.severity ?? "error"} description={state.message} />}
      </div>
      <form action={action} className="fr-mb-2w" key={`${status}-${state.submission}`}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="from" value={status} />
        <Select
          label="Nouvelle étape"
          state={error ? "error" : "default"}
          stateRelatedMessage={error}
          nativeSelectProps={{ name: "to", defaultValue: proposed ?? "", required: true }}
        >
          {!proposed && (
            <option value="" disabled>
              Choisir une étape
            </option>
          )}
          {choices.map((s) => (
            <option key={s} value={s}>
              {APPLICATION_STATUS_LABELS[s]}
            </option>
          ))}
        </Select>
        <button type="submit" className="fr-btn fr-btn--secondary" disabled={pending}>
          Changer l'étape
        </button>
      </form>
      {status !== "REJECTED" && (
        <Link className="fr-link fr-icon-close-circle-line fr-link--icon-left" href={`/admin/candidatures/${id}/non-retenue`}>
          Ne pas retenir cette candidature (motif et courriel)
        </Link>
      )}
    </>
  );
}

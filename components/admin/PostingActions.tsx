"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useActionState } from "react";
import { changeStatusAction, duplicatePostingAction } from "@/lib/postings/admin/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { AdminStatus } from "@/lib/postings/admin/queries";
import { deleteDraftPath } from "@/lib/urls/admin";
import { ConfirmDialog } from "./ConfirmDialog";
import { DeleteDraftForm } from "./DeleteDraftForm";

type Props = { id: string; title: string; version: number; status: AdminStatus; scheduledPublication: boolean };

function ActionButton({
  action,
  label,
  transition,
  id,
  version,
  secondary,
  pending,
}: {
  action: (form: FormData) => void;
  label: string;
  transition?: string;
  id: string;
  version: number;
  secondary?: boolean;
  pending: boolean;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {transition && <input type="hidden" name="transition" value={transition} />}
      <button type="submit" disabled={pending} className={`fr-btn${secondary ? " fr-btn--secondary" : ""}`}>
        {label}
      </button>
    </form>
  );
}

/** What can be done to the offer in its current state; each action names the version it was shown at. */
export function PostingActions({ id, title, version, status, scheduledPublication }: Props) {
  const [statusState, changeStatus, statusPending] = useActionState(changeStatusAction, INITIAL_FORM_STATE);
  const [duplicateState, duplicate, duplicatePending] = useActionState(duplicatePostingAction, INITIAL_FORM_STATE);
  const pending = statusPending || duplicatePending;
  const latest = [statusState, duplicateState].filter((s) => s.message).sort((a, b) => b.submission - a.submission)[0];
  const common = { id, version, pending };

  return (
    <section aria-labelledby="actions-titre" className="fr-mb-4w">
      <h2 id="actions-titre" className="fr-h5">
        Publication
      </h2>
      <div aria-live="polite" role="status">
        {latest?.message && <Alert className="fr-mb-2w" small severity={latest.severity ?? "error"} description={latest.message} />}
      </div>
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        {status === "draft" && (
          <ActionButton
            {...common}
            action={changeStatus}
            transition="publish"
            label={scheduledPublication ? "Programmer la publication" : "Publier maintenant"}
          />
        )}
        {(status === "open" || status === "scheduled" || status === "expired") && (
          <>
            <ActionButton {...common} action={changeStatus} transition="close" label="Clôturer" secondary />
            <ActionButton {...common} action={changeStatus} transition="fill" label="Marquer pourvue" secondary />
          </>
        )}
        {status === "closed" && <ActionButton {...common} action={changeStatus} transition="fill" label="Marquer pourvue" secondary />}
        {(status === "closed" || status === "filled") && (
          <ActionButton {...common} action={changeStatus} transition="reopen" label="Rouvrir" secondary />
        )}
        <ActionButton {...common} action={duplicate} label="Dupliquer" secondary />
        {status === "draft" && (
          <ConfirmDialog
            id="supprimer-brouillon"
            trigger="Supprimer le brouillon"
            confirmationPath={deleteDraftPath(id)}
            title="Supprimer ce brouillon ?"
          >
            <p>
              Le brouillon « {title} » sera supprimé définitivement : son texte ne pourra pas être retrouvé. Le journal gardera la trace de
              la suppression.
            </p>
            <DeleteDraftForm id={id} version={version} />
          </ConfirmDialog>
        )}
      </div>
    </section>
  );
}

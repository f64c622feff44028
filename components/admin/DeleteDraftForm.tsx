"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { deleteDraftAction } from "@/lib/postings/admin/actions";
import { ConfirmButtons } from "./ConfirmButtons";

/** The confirmed deletion of a draft, in its modal or on its confirmation page; success leads to the list. */
export function DeleteDraftForm({ id, version, cancelHref }: { id: string; version: number; cancelHref?: string }) {
  const [state, action, pending] = useActionState(deleteDraftAction, INITIAL_FORM_STATE);
  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && <Alert className="fr-mb-2w" small severity={state.severity ?? "error"} description={state.message} />}
      </div>
      <form action={action}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <ConfirmButtons submit="Supprimer définitivement" pending={pending} cancelHref={cancelHref} />
      </form>
    </>
  );
}

"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { useActionState } from "react";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { ConfirmButtons } from "./ConfirmButtons";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  /** What the form posts besides its button: the target's id, its version. */
  fields: Record<string, string | number>;
  submit: string;
  /** On the confirmation page without JavaScript: where "Annuler" leads. */
  cancelHref?: string;
};

/** The form that carries out a confirmed action, in its modal (ConfirmDialog) or on its confirmation page. */
export function ConfirmedForm({ action, fields, submit, cancelHref }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && <Alert className="fr-mb-2w" small severity={state.severity ?? "error"} description={state.message} />}
      </div>
      <form action={formAction}>
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ConfirmButtons submit={submit} pending={pending} cancelHref={cancelHref} />
      </form>
    </>
  );
}

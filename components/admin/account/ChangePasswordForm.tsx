"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/account/actions";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

function errorOf(state: FormState, field: string) {
  const messages = state.errors[field];
  return messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};
}

/** Current password, then the new one twice. Nothing typed comes back from the server. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && (
          <Alert className="fr-mb-3w" severity={state.severity === "success" ? "success" : "error"} small description={state.message} />
        )}
      </div>
      <form key={state.submission} action={action} noValidate>
        {/* For password managers: which account this password belongs to. */}
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
        <Input
          label="Mot de passe actuel"
          {...errorOf(state, "current")}
          nativeInputProps={{ name: "current", type: "password", autoComplete: "current-password", required: true }}
        />
        <Input
          label="Nouveau mot de passe"
          hintText="Au moins 12 caractères, sans votre nom ni votre adresse. Une phrase de plusieurs mots sans lien entre eux convient bien."
          {...errorOf(state, "next")}
          nativeInputProps={{ name: "next", type: "password", autoComplete: "new-password", required: true, maxLength: 1000 }}
        />
        <Input
          label="Confirmation du nouveau mot de passe"
          {...errorOf(state, "confirmation")}
          nativeInputProps={{ name: "confirmation", type: "password", autoComplete: "new-password", required: true, maxLength: 1000 }}
        />
        <Button type="submit" disabled={pending}>
          Changer le mot de passe
        </Button>
      </form>
    </>
  );
}

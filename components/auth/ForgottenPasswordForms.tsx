"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/account/reset-actions";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

function errorOf(state: FormState<unknown>, field: string) {
  const messages = state.errors[field];
  return messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};
}

function Status({ state }: { state: FormState<unknown> }) {
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <Alert className="fr-mb-3w" severity={state.severity === "success" ? "success" : "error"} small description={state.message} />
      )}
    </div>
  );
}

/** The address to send a link to; the answer is the same whether it has an account or not. */
export function ForgottenPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, INITIAL_FORM_STATE);
  const typed = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <>
      <Status state={state} />
      <form key={state.submission} action={action} noValidate>
        <Input
          label="Adresse électronique de votre compte"
          {...errorOf(state, "email")}
          nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true, defaultValue: typed }}
        />
        <Button type="submit" disabled={pending}>
          Recevoir un lien
        </Button>
      </form>
    </>
  );
}

/** The new password, twice, sent with the link's token. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, INITIAL_FORM_STATE);
  if (state.data?.done) {
    return (
      <>
        <Status state={state} />
        <Link className="fr-btn" href={SIGN_IN_PATH}>
          Se connecter
        </Link>
      </>
    );
  }
  return (
    <>
      <Status state={state} />
      <form key={state.submission} action={action} noValidate>
        <input type="hidden" name="token" value={token} />
        <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
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
          Enregistrer le mot de passe
        </Button>
      </form>
    </>
  );
}

"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { useActionState } from "react";
import { errorOf, FormStatus, NewPasswordFields, StatusForm } from "@/components/forms/feedback";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/account/reset-actions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { SIGN_IN_PATH } from "@/lib/auth/paths";

/** The address to send a link to; the answer is the same whether it has an account or not. */
export function ForgottenPasswordForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, INITIAL_FORM_STATE);
  const typed = typeof state.values?.email === "string" ? state.values.email : "";
  return (
    <StatusForm state={state} action={action}>
      <Input
        label="Adresse électronique de votre compte"
        {...errorOf(state, "email")}
        nativeInputProps={{ name: "email", type: "email", autoComplete: "username", required: true, defaultValue: typed }}
      />
      <Button type="submit" disabled={pending}>
        Recevoir un lien
      </Button>
    </StatusForm>
  );
}

type LinkAction = (previous: FormState<{ done: true }>, form: FormData) => Promise<FormState<{ done: true }>>;

/** The new password, twice, sent with the link's token: a forgotten password's, or an invitation's. */
export function ResetPasswordForm({
  token,
  email,
  action: run = resetPasswordAction,
}: {
  token: string;
  email: string;
  action?: LinkAction;
}) {
  const [state, action, pending] = useActionState(run, INITIAL_FORM_STATE);
  if (state.data?.done) {
    return (
      <>
        <FormStatus state={state} />
        <Link className="fr-btn" href={SIGN_IN_PATH}>
          Se connecter
        </Link>
      </>
    );
  }
  return (
    <StatusForm state={state} action={action}>
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields state={state} account={email} />
      <Button type="submit" disabled={pending}>
        Enregistrer le mot de passe
      </Button>
    </StatusForm>
  );
}

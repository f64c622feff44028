"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { errorOf, NewPasswordFields, StatusForm } from "@/components/forms/feedback";
import { changePasswordAction } from "@/lib/account/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

/** Current password, then the new one twice. Nothing typed comes back from the server. */
export function ChangePasswordForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState(changePasswordAction, INITIAL_FORM_STATE);
  return (
    <StatusForm state={state} action={action}>
      <Input
        label="Mot de passe actuel"
        {...errorOf(state, "current")}
        nativeInputProps={{ name: "current", type: "password", autoComplete: "current-password", required: true }}
      />
      <NewPasswordFields state={state} account={email} />
      <Button type="submit" disabled={pending}>
        Changer le mot de passe
      </Button>
    </StatusForm>
  );
}

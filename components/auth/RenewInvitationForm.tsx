"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/feedback";
import { renewInvitationAction } from "@/lib/account/invitation-actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

/** An expired invitation's page: a new link goes to the invited address, never shown here; success leads to INVITATION_RENEWED_PATH. */
export function RenewInvitationForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(renewInvitationAction, INITIAL_FORM_STATE);
  return (
    <>
      <FormStatus state={state} />
      <form action={action}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" disabled={pending}>
          Recevoir une nouvelle invitation
        </Button>
      </form>
    </>
  );
}

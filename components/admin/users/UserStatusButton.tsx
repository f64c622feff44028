"use client";
import { useActionState } from "react";
import { setUserDisabledAction } from "@/lib/users/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { disablePath } from "@/lib/users/roles";
import { DisablePersonDialog } from "./DisablePersonForm";

type Props = { userId: string; name: string; email: string; disabled: boolean };

/** Disabling asks first (a modal, or its page without JavaScript); reactivating is one click. */
export function UserStatusButton({ userId, name, email, disabled }: Props) {
  if (!disabled) {
    return (
      <DisablePersonDialog
        userId={userId}
        name={name}
        email={email}
        confirmationPath={disablePath(userId)}
        buttonClassName="fr-btn fr-btn--sm fr-btn--tertiary"
        trigger={
          <>
            Désactiver<span className="fr-sr-only"> le compte {email}</span>
          </>
        }
      />
    );
  }
  return <EnableButton userId={userId} email={email} />;
}

function EnableButton({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value="false" />
      <button type="submit" className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={pending}>
        Réactiver
        <span className="fr-sr-only"> le compte {email}</span>
      </button>
      <span role="status" className="fr-text--xs">
        {state.severity === "error" ? state.message : null}
      </span>
    </form>
  );
}

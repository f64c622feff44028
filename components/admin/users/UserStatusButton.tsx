"use client";
import { useActionState } from "react";
import { setUserDisabledAction } from "@/lib/users/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

export function UserStatusButton({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setUserDisabledAction, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(!disabled)} />
      <button type="submit" className="fr-btn fr-btn--sm fr-btn--tertiary" disabled={pending}>
        {disabled ? "Réactiver" : "Désactiver"}
        <span className="fr-sr-only"> le compte {email}</span>
      </button>
      <span role="status" className="fr-text--xs">
        {state.severity === "error" ? state.message : null}
      </span>
    </form>
  );
}

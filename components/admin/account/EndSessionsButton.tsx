"use client";
import { useActionState } from "react";
import { endSessionsAction } from "@/lib/account/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

/** Ends one session (`sessionId`), or every session but this one (no `sessionId`). */
export function EndSessionsButton({ sessionId, label }: { sessionId?: string; label: string }) {
  const [state, action, pending] = useActionState(endSessionsAction, INITIAL_FORM_STATE);
  return (
    <form action={action}>
      {sessionId ? <input type="hidden" name="only" value={sessionId} /> : <input type="hidden" name="others" value="true" />}
      <button type="submit" className={`fr-btn fr-btn--sm ${sessionId ? "fr-btn--tertiary" : "fr-btn--secondary"}`} disabled={pending}>
        {sessionId ? "Fermer" : "Fermer toutes les autres sessions"}
        {sessionId && <span className="fr-sr-only"> la session {label}</span>}
      </button>
      <span role="status" className="fr-text--xs">
        {state.severity === "error" ? state.message : null}
      </span>
    </form>
  );
}

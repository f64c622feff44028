"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { addApplicationNoteAction } from "@/lib/applications/admin/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

/** A note by the team; the field empties once the note is kept, and keeps its text when refused. */
export function NoteForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(addApplicationNoteAction, INITIAL_FORM_STATE);
  const error = state.errors.body?.join(" ");
  const kept = typeof state.values?.body === "string" ? state.values.body : "";
  return (
    <form action={action} key={state.submission}>
      <input type="hidden" name="id" value={id} />
      <div aria-live="polite" role="status">
        {state.severity === "success" && state.message && (
          <Alert className="fr-mb-2w" small severity="success" description={state.message} />
        )}
        {state.severity === "error" && state.message && !error && (
          <Alert className="fr-mb-2w" small severity="error" description={state.message} />
        )}
      </div>
      <Input
        textArea
        label="Nouvelle note"
        hintText="Visible par l'équipe seulement, jamais par la candidate ou le candidat. 5 000 caractères au plus."
        state={error ? "error" : "default"}
        stateRelatedMessage={error}
        nativeTextAreaProps={{ name: "body", rows: 4, defaultValue: kept, required: true, maxLength: 5000, spellCheck: true }}
      />
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={pending}>
        Ajouter la note
      </button>
    </form>
  );
}

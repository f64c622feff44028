"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { useActionState } from "react";
import { rejectApplicationAction } from "@/lib/applications/admin/actions";
import type { AnswerMail } from "@/lib/applications/admin/rejection";
import type { ApplicationStatus } from "@/lib/db/models";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";

type Props = { id: string; status: ApplicationStatus; reason: string; to: string; template: AnswerMail };

const fieldState = (messages: string[] | undefined) =>
  messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};

/** The answer prefilled from the reason: the recruiter reads it, edits it, and confirms. */
export function RejectionForm({ id, status, reason, to, template }: Props) {
  const [state, action, pending] = useActionState(rejectApplicationAction, INITIAL_FORM_STATE);
  const values = { send: true, ...template, ...(state.values as Partial<AnswerMail & { send: boolean }> | null) };
  return (
    <form action={action} key={state.submission}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="from" value={status} />
      <input type="hidden" name="reason" value={reason} />
      <div aria-live="polite" role="status">
        {state.message && <Alert className="fr-mb-3w" small severity="error" description={state.message} />}
      </div>
      <p>
        Destinataire : <strong>{to}</strong>
      </p>
      <Input
        label="Objet du courriel"
        {...fieldState(state.errors.subject)}
        nativeInputProps={{ name: "subject", defaultValue: values.subject, maxLength: 200 }}
      />
      <Input
        textArea
        label="Message"
        hintText="Relisez et adaptez ce texte : il part tel quel, en texte simple, avec l'adresse de contact de l'offre pour les réponses."
        {...fieldState(state.errors.text)}
        nativeTextAreaProps={{ name: "text", rows: 16, defaultValue: values.text, spellCheck: true }}
      />
      <Checkbox
        options={[
          {
            label: "Envoyer ce courriel",
            hintText: "Décochez si vous avez déjà répondu autrement (téléphone, entretien).",
            nativeInputProps: { name: "send", defaultChecked: values.send },
          },
        ]}
      />
      {state.errors.reason && <p className="fr-error-text">{state.errors.reason.join(" ")}</p>}
      <button type="submit" className="fr-btn" disabled={pending}>
        Confirmer : non retenue
      </button>
    </form>
  );
}

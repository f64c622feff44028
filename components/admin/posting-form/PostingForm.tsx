"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { useActionState, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/feedback";
import { PostingView } from "@/components/postings/PostingView";
import { savePostingAction } from "@/lib/postings/admin/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { postingFormValues } from "@/lib/postings/admin/schema";
import { previewFromForm } from "@/lib/postings/admin/preview";
import type { OrganisationChoice } from "@/lib/organisations/choices";
import type { PublicPosting } from "@/lib/postings/queries";
import { type FieldContext, FormField, TextAreaField } from "./fields";
import { POSTING_FIELD_LABELS, POSTING_FORM_SECTIONS } from "./sections";

/** An organisation as the preview shows it, and as the choice groups it. */
type Organisation = PublicPosting["organisation"] & OrganisationChoice;

type Props = {
  organisations: Organisation[];
  initialValues: Record<string, unknown>;
  /** Present when editing: the version the form was loaded at, for optimistic locking. */
  posting?: { id: string; version: number };
  /** A message the page starts with (after a creation or a copy): the form's next answer replaces it, so alerts never pile up. */
  notice?: string;
};

export function PostingForm({ organisations, initialValues, posting, notice }: Props) {
  const [state, action, pending] = useActionState(
    savePostingAction,
    notice ? { ...INITIAL_FORM_STATE, message: notice, severity: "success" as const } : INITIAL_FORM_STATE,
  );
  const values = state.values ?? initialValues;
  const [live, setLive] = useState(values);
  const formRef = useRef<HTMLFormElement>(null);
  const context: FieldContext = { values, errors: state.errors };
  const organisation = organisations.find((o) => o.id === live.organisationId) ?? organisations[0];

  const refreshPreview = () => {
    if (formRef.current) setLive(postingFormValues(new FormData(formRef.current)));
  };

  return (
    <>
      <FormStatus state={state} fields={POSTING_FIELD_LABELS} />
      <form key={state.submission} ref={formRef} action={action} onInput={refreshPreview} onChange={refreshPreview} noValidate>
        {posting && (
          <>
            <input type="hidden" name="id" value={posting.id} />
            <input type="hidden" name="version" value={posting.version} />
          </>
        )}
        {POSTING_FORM_SECTIONS.map((section) => (
          <fieldset key={section.legend} className="fr-fieldset">
            <legend className="fr-fieldset__legend fr-h4">{section.legend}</legend>
            <div className="fr-fieldset__content" style={{ width: "100%" }}>
              {section.fields.map((field) => (
                <FormField key={field.name} field={field} context={context} organisations={organisations} />
              ))}
            </div>
          </fieldset>
        ))}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12">
            <TextAreaField
              context={context}
              name="body"
              label="Texte de l'offre"
              hint="En markdown : ## pour un intertitre, - pour une liste, **gras**, [lien](https://…)."
            />
          </div>
          <section className="fr-col-12" aria-labelledby="apercu-titre">
            <h2 id="apercu-titre" className="fr-h6 fr-mb-1w">
              Aperçu, tel que les candidats le verront
            </h2>
            <div className="fr-p-2w" style={{ border: "1px solid var(--border-default-grey)", maxHeight: "40rem", overflow: "auto" }}>
              {organisation && <PostingView posting={previewFromForm(live, organisation)} />}
            </div>
          </section>
        </div>
        <Button type="submit" disabled={pending} className="fr-mt-3w">
          {posting ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
        </Button>
      </form>
    </>
  );
}

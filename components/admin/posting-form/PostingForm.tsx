"use client";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { type SyntheticEvent, useActionState, useEffect, useMemo, useRef, useState } from "react";
import { FormStatus } from "@/components/forms/feedback";
import { savePostingAction } from "@/lib/postings/admin/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { postingFormValues } from "@/lib/postings/admin/schema";
import { previewFromForm } from "@/lib/postings/admin/preview";
import type { OrganisationChoice } from "@/lib/organisations/choices";
import type { PublicPosting } from "@/lib/postings/queries";
import { type EditorTab, EditorTabs, tabPanelProps, useWideScreen } from "./EditorTabs";
import { type FieldContext, FormField, TextAreaField } from "./fields";
import { type Caret, LivePreview } from "./LivePreview";
import { POSTING_FIELD_LABELS, POSTING_FORM_SECTIONS } from "./sections";
import { useUnsavedChangesGuard } from "./useUnsavedChangesGuard";

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

/** Where the caret is in the field an event came from: the line, in a text area. */
function caretOf(target: EventTarget): Caret | null {
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) || !target.name)
    return null;
  const line = target instanceof HTMLTextAreaElement ? target.value.slice(0, target.selectionStart).split("\n").length : 1;
  return { field: target.name, line };
}

export function PostingForm({ organisations, initialValues, posting, notice }: Props) {
  const [state, action, pending] = useActionState(
    savePostingAction,
    notice ? { ...INITIAL_FORM_STATE, message: notice, severity: "success" as const } : INITIAL_FORM_STATE,
  );
  const values = state.values ?? initialValues;
  const [live, setLive] = useState(values);
  const [caret, setCaret] = useState<Caret | null>(null);
  const [dirty, setDirty] = useState(false);
  const wide = useWideScreen();
  const [tab, setTab] = useState<EditorTab>("modifier");
  const formRef = useRef<HTMLFormElement>(null);
  const context: FieldContext = { values, errors: state.errors };
  const organisation = organisations.find((o) => o.id === live.organisationId) ?? organisations[0];
  const preview = useMemo(() => (organisation ? previewFromForm(live, organisation) : null), [live, organisation]);

  // A refused save keeps the changes unsaved; a saved one leaves nothing to lose.
  useEffect(() => {
    if (state.submission > 0 && state.severity === "success") setDirty(false);
  }, [state.submission, state.severity]);
  useUnsavedChangesGuard(dirty && !pending);

  const edit = () => {
    if (formRef.current) setLive(postingFormValues(new FormData(formRef.current)));
    setDirty(true);
  };
  const follow = (event: SyntheticEvent<HTMLFormElement>) => {
    const next = caretOf(event.target);
    if (next) setCaret((current) => (current?.field === next.field && current.line === next.line ? current : next));
  };
  const panel = (name: EditorTab) => (wide ? {} : tabPanelProps(name, tab));

  return (
    <>
      <FormStatus state={state} fields={POSTING_FIELD_LABELS} />
      {!wide && <EditorTabs selected={tab} onSelect={setTab} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-lg-6" {...panel("modifier")}>
          <form
            key={state.submission}
            ref={formRef}
            action={action}
            onInput={edit}
            onChange={edit}
            onFocus={follow}
            onSelect={follow}
            onKeyUp={follow}
            noValidate
          >
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
            <TextAreaField
              context={context}
              name="body"
              label="Texte de l'offre"
              hint="En markdown : ## pour un intertitre, - pour une liste, **gras**, [lien](https://…)."
            />
            <Button type="submit" disabled={pending} className="fr-mt-3w">
              {posting ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
            </Button>
          </form>
        </div>
        <div className="fr-col-12 fr-col-lg-6" {...panel("apercu")}>
          <LivePreview posting={preview} caret={caret} wide={wide} shown={wide || tab === "apercu"} />
        </div>
      </div>
    </>
  );
}

"use client";
// The inbox's bulk actions: the list's table sits inside this form, each row a checkbox
// ("id:STEP"). It works without JavaScript: "the whole page" and "every filtered application"
// are choices of the form, a rejection is confirmed on its own page, the export is a GET of
// the same fields. With JavaScript, a header box ticks the page and the rejection asks in a modal.
import { Select } from "@codegouvfr/react-dsfr/Select";
import { type ReactNode, useActionState, useEffect, useState } from "react";
import { ConfirmButtons } from "@/components/admin/ConfirmButtons";
import { ConfirmDialog } from "@/components/admin/ConfirmDialog";
import { FormStatus, fieldDomId } from "@/components/forms/feedback";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { bulkApplicationsAction } from "@/lib/applications/admin/actions";
import { REJECTION_REASONS } from "@/lib/applications/admin/rejection";
import { applicationCount, SCOPES, SELECTION_FIELDS } from "@/lib/applications/admin/selection-fields";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUSES } from "@/lib/applications/labels";

export const BULK_FORM_ID = "actions-groupees";

type Props = {
  /** "id:STEP" of each row on the page. */
  shown: string[];
  /** The list's filters, as query parameters. */
  filters: [string, string][];
  /** How many applications match the filters, all pages. */
  total: number;
  /** The export's formats (lib/applications/admin/export/response.ts, server-only). */
  formats: { value: string; label: string }[];
  children: ReactNode;
};

const FIELDS = { selection: "Sélection", to: "Nouvelle étape", reason: "Motif du refus" } as const;

/** How many applications the form's choices designate now. */
function designated(form: HTMLFormElement, total: number, shown: number): number {
  const scope = new FormData(form).get(SELECTION_FIELDS.scope);
  if (scope === SCOPES.filters) return total;
  if (scope === SCOPES.page) return shown;
  return form.querySelectorAll(`input[name="${SELECTION_FIELDS.ticked}"]:checked`).length;
}

export function BulkForm({ shown, filters, total, formats, children }: Props) {
  const [state, action, pending] = useActionState(bulkApplicationsAction, INITIAL_FORM_STATE);
  const [count, setCount] = useState(0);
  const [reason, setReason] = useState("");
  const error = (name: string) => state.errors[name]?.join(" ");
  const fieldState = (name: string) => (error(name) ? { state: "error" as const, stateRelatedMessage: error(name) } : {});
  const reasonLabel = reason in REJECTION_REASONS ? REJECTION_REASONS[reason as keyof typeof REJECTION_REASONS].label : null;
  // Nothing to act on (an empty list, maybe emptied by the last action): only its answer.
  if (shown.length === 0) return <FormStatus state={state} fields={FIELDS} />;
  return (
    <>
      <FormStatus state={state} fields={FIELDS} />
      <form
        id={BULK_FORM_ID}
        action={action}
        key={state.submission}
        noValidate
        onChange={(event) => {
          setCount(designated(event.currentTarget, total, shown.length));
          const chosen = event.currentTarget.elements.namedItem("reason");
          if (chosen instanceof HTMLSelectElement) setReason(chosen.value);
        }}
      >
        {shown.map((value) => (
          <input key={value} type="hidden" name={SELECTION_FIELDS.shown} value={value} />
        ))}
        {filters.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name={SELECTION_FIELDS.expected} value={total} />
        {children}
        <fieldset
          className="fr-fieldset rj-bulk-bar"
          id={fieldDomId("selection")}
          aria-describedby={error("selection") ? "selection-erreur" : undefined}
        >
          <legend className="fr-fieldset__legend">Agir sur plusieurs candidatures</legend>
          <div className="fr-fieldset__element">
            <fieldset className="fr-fieldset fr-mb-0">
              <legend className="fr-fieldset__legend--regular fr-fieldset__legend">Candidatures concernées</legend>
              {(
                [
                  [SCOPES.ticked, "Les candidatures cochées"],
                  [SCOPES.page, `Toutes celles de cette page (${applicationCount(shown.length)})`],
                  [SCOPES.filters, `Toutes les ${applicationCount(total)} correspondant aux filtres`],
                ] as const
              ).map(([value, label], index) => (
                <div className="fr-fieldset__element fr-fieldset__element--inline" key={value}>
                  <div className="fr-radio-group">
                    <input type="radio" id={`portee-${value}`} name={SELECTION_FIELDS.scope} value={value} defaultChecked={index === 0} />
                    <label className="fr-label" htmlFor={`portee-${value}`}>
                      {label}
                    </label>
                  </div>
                </div>
              ))}
              {error("selection") && (
                <p id="selection-erreur" className="fr-error-text fr-col-12">
                  {error("selection")}
                </p>
              )}
            </fieldset>
          </div>
          <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
            <Select label="Nouvelle étape" {...fieldState("to")} nativeSelectProps={{ name: "to", id: fieldDomId("to"), defaultValue: "" }}>
              <option value="" disabled>
                Choisir une étape
              </option>
              {APPLICATION_STATUSES.filter((s) => s !== "REJECTED").map((s) => (
                <option key={s} value={s}>
                  {APPLICATION_STATUS_LABELS[s]}
                </option>
              ))}
            </Select>
            <button type="submit" name="operation" value="etape" className="fr-btn fr-btn--secondary" disabled={pending}>
              Passer à l'étape
            </button>
          </div>
          <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
            <Select
              label="Motif du refus"
              {...fieldState("reason")}
              nativeSelectProps={{ name: "reason", id: fieldDomId("reason"), defaultValue: "" }}
            >
              <option value="" disabled>
                Choisir un motif
              </option>
              {Object.entries(REJECTION_REASONS).map(([value, r]) => (
                <option key={value} value={value}>
                  {r.label}
                </option>
              ))}
            </Select>
            <div className="fr-checkbox-group fr-mb-2w">
              <input type="checkbox" id="refus-courriel" name="send" defaultChecked />
              <label className="fr-label" htmlFor="refus-courriel">
                Envoyer à chaque personne le courriel type du motif
                <span className="fr-hint-text">Il commence par son prénom ; les réponses vont à l'adresse de contact de l'offre.</span>
              </label>
            </div>
            <ConfirmDialog
              id="refus-groupe"
              trigger="Refuser…"
              title="Refuser ces candidatures ?"
              fallback={
                <button type="submit" className="fr-btn fr-btn--secondary" formAction="/admin/candidatures/refuser" formMethod="get">
                  Refuser…
                </button>
              }
            >
              <p>
                {count === 0
                  ? "Aucune candidature n'est choisie : cochez-en, ou choisissez toute la page ou toutes les candidatures filtrées."
                  : `${applicationCount(count)} ${count > 1 ? "passeront" : "passera"} à « Non retenue »${reasonLabel ? `, motif « ${reasonLabel} »` : ""}.`}{" "}
                {!reasonLabel && "Choisissez d'abord un motif. "}
                Chaque personne reçoit son propre courriel si l'envoi est coché. Rien n'est fait si une candidature a changé entre-temps.
              </p>
              <ConfirmButtons
                submit="Confirmer le refus"
                pending={pending}
                submitProps={{ name: "operation", value: "refuser", form: BULK_FORM_ID }}
              />
            </ConfirmDialog>
          </div>
          <div className="fr-fieldset__element fr-col-12 fr-col-md-4">
            <Select label="Format de l'export" nativeSelectProps={{ name: "format", defaultValue: "csv" }}>
              {formats.map((format) => (
                <option key={format.value} value={format.value}>
                  {format.label}
                </option>
              ))}
            </Select>
            <button
              type="submit"
              className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line"
              formAction="/admin/candidatures/export"
              formMethod="get"
            >
              Exporter la sélection
            </button>
          </div>
        </fieldset>
      </form>
    </>
  );
}

/** The header's box that ticks or unticks every row of the page; only once JavaScript runs. */
export function SelectPage({ label }: { label: string }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  // A box that could do nothing is not shown: the form's "the whole page" choice stands for it.
  if (!hydrated) return <span className="fr-sr-only">{label}</span>;
  return (
    <div className="fr-checkbox-group fr-checkbox-group--sm">
      <input
        type="checkbox"
        id="choix-page"
        onChange={(event) => {
          const form = event.currentTarget.form;
          for (const box of form?.querySelectorAll<HTMLInputElement>(`input[name="${SELECTION_FIELDS.ticked}"]`) ?? []) {
            box.checked = event.currentTarget.checked;
          }
        }}
      />
      <label className="fr-label" htmlFor="choix-page">
        <span className="fr-sr-only">Cocher toute la page</span>
      </label>
    </div>
  );
}

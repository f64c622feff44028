"use client";
// One form of a person's page (app/(admin)/admin/(espace)/utilisateurs/[id]): hidden fields
// naming what it changes, optional selects, one button. A plain form posting a server action:
// it works without JavaScript, and the answer shows next to its fields.
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { SelectOptions } from "@/components/forms/SelectOptions";
import { type FormState, INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { SelectOptions as Options } from "@/lib/forms/options";

type Choice = { name: string; label: string; options: Options; defaultValue?: string };

export type PersonFormProps = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  /** The button's text; `context` completes it for screen readers ("… de Équipe A"). */
  submit: string;
  context?: string;
  selects?: Choice[];
  tertiary?: boolean;
};

export function PersonForm({ action: run, hidden, submit, context, selects = [], tertiary }: PersonFormProps) {
  const [state, action, pending] = useActionState(run, INITIAL_FORM_STATE);
  const fieldError = (name: string) => state.errors[name]?.join(" ");
  const shownElsewhere = selects.some((s) => fieldError(s.name));
  const chosen = (name: string, fallback?: string) =>
    typeof state.values?.[name] === "string" ? (state.values[name] as string) : fallback;
  return (
    <div className="fr-mb-1w">
      <form action={action} key={state.submission}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {selects.map((s) => (
          <Select
            key={s.name}
            label={s.label}
            state={fieldError(s.name) ? "error" : "default"}
            stateRelatedMessage={fieldError(s.name)}
            nativeSelectProps={{ name: s.name, defaultValue: chosen(s.name, s.defaultValue), required: true }}
          >
            <SelectOptions options={s.options} />
          </Select>
        ))}
        <button type="submit" className={`fr-btn fr-btn--sm ${tertiary ? "fr-btn--tertiary" : "fr-btn--secondary"}`} disabled={pending}>
          {submit}
          {context && <span className="fr-sr-only"> {context}</span>}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {state.message && !shownElsewhere && (
          <Alert className="fr-mt-1w" small severity={state.severity ?? "error"} description={state.message} />
        )}
      </div>
    </div>
  );
}

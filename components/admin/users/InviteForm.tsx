"use client";
// The invitation form of the users page: who, and a role in each organisation chosen (rows of
// two selects, so that it works without JavaScript). An admin may also invite an admin.
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { Select } from "@codegouvfr/react-dsfr/Select";
import { useActionState } from "react";
import { errorOf, StatusForm } from "@/components/forms/feedback";
import { SelectOptions } from "@/components/forms/SelectOptions";
import { flatOptions, type SelectOptions as Options } from "@/lib/forms/options";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { inviteAction } from "@/lib/users/actions";
import { INVITATION_ROWS, MEMBER_ROLE_LABELS, MEMBER_ROLES } from "@/lib/users/roles";

/** The rows' numbers, which name their fields: organisation-0, role-0… */
const ROWS = Array.from({ length: INVITATION_ROWS }, (_, i) => i);

type Props = { organisations: Options; mayInviteAdmin: boolean };

export function InviteForm({ organisations, mayInviteAdmin }: Props) {
  const [state, action, pending] = useActionState(inviteAction, INITIAL_FORM_STATE);
  const shown = (name: string, fallback = "") => (typeof state.values?.[name] === "string" ? (state.values[name] as string) : fallback);
  const rowsError = state.errors.memberships?.join(" ");
  // With a single organisation to choose from, the first row names it already.
  const choices = flatOptions(organisations);
  const only = choices.length === 1 ? choices[0]!.value : "";
  return (
    <StatusForm state={state} action={action}>
      <Input
        label="Adresse électronique"
        hintText="L'invitation y est envoyée, avec un lien personnel valable sept jours."
        {...errorOf(state, "email")}
        nativeInputProps={{ name: "email", type: "email", defaultValue: shown("email"), required: true, autoComplete: "off" }}
      />
      <Input
        label="Nom"
        {...errorOf(state, "name")}
        nativeInputProps={{ name: "name", defaultValue: shown("name"), required: true, autoComplete: "off" }}
      />
      <fieldset
        className={`fr-fieldset${rowsError ? " fr-fieldset--error" : ""}`}
        aria-labelledby="invitation-organisations-legend"
        {...(rowsError ? { "aria-describedby": "invitation-organisations-error" } : {})}
      >
        <legend className="fr-fieldset__legend" id="invitation-organisations-legend">
          Organisations et rôles
          <span className="fr-hint-text">
            Une organisation par ligne ; laissez « Aucune » aux lignes inutiles. D'autres s'ajoutent ensuite depuis la page de la personne.
          </span>
        </legend>
        {ROWS.map((i) => (
          <div key={i} className="fr-fieldset__element fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-7">
              <Select
                label={`Organisation ${i + 1}`}
                nativeSelectProps={{ name: `organisation-${i}`, defaultValue: shown(`organisation-${i}`, i === 0 ? only : "") }}
              >
                <option value="">Aucune</option>
                <SelectOptions options={organisations} />
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-5">
              <Select
                label={`Rôle dans l'organisation ${i + 1}`}
                nativeSelectProps={{ name: `role-${i}`, defaultValue: shown(`role-${i}`, "RECRUITER") }}
              >
                {MEMBER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {MEMBER_ROLE_LABELS[role]}
                  </option>
                ))}
              </Select>
            </div>
          </div>
        ))}
        {rowsError && (
          <div className="fr-messages-group" id="invitation-organisations-error" aria-live="polite">
            <p className="fr-message fr-message--error">{rowsError}</p>
          </div>
        )}
      </fieldset>
      {mayInviteAdmin && (
        <Checkbox
          options={[
            {
              label: "Administrateur ou administratrice du portail",
              hintText: "Tous les droits, sur toutes les organisations. La double authentification lui sera demandée.",
              nativeInputProps: { name: "admin", defaultChecked: state.values?.admin === true },
            },
          ]}
        />
      )}
      <Button type="submit" disabled={pending}>
        Envoyer l'invitation
      </Button>
    </StatusForm>
  );
}

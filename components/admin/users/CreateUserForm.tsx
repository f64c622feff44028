"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import { RadioButtons } from "@codegouvfr/react-dsfr/RadioButtons";
import { useActionState } from "react";
import { createUserAction, type CreatedAccount } from "@/lib/users/actions";
import { ROLE_LABELS, ROLES } from "@/lib/users/roles";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/admin/form-state";

function errorOf(state: FormState<CreatedAccount>, field: string) {
  const messages = state.errors[field];
  return messages?.length ? { state: "error" as const, stateRelatedMessage: messages.join(" ") } : {};
}

export function CreateUserForm({ organisations }: { organisations: { id: string; name: string }[] }) {
  const [state, action, pending] = useActionState(createUserAction, INITIAL_FORM_STATE);
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const chosen = Array.isArray(values.organisationIds) ? values.organisationIds : [];

  return (
    <>
      <div aria-live="polite" role="status">
        {state.data ? (
          <Alert
            className="fr-mb-3w"
            severity="success"
            title={`Compte créé pour ${state.data.email}`}
            description={
              <>
                Mot de passe initial, affiché une seule fois : <code data-testid="mot-de-passe-initial">{state.data.password}</code>.
                Transmettez-le par un canal sûr ; la personne pourra se connecter aussitôt.
              </>
            }
          />
        ) : (
          state.message && <Alert className="fr-mb-3w" severity="error" small description={state.message} />
        )}
      </div>
      <form key={state.submission} action={action} noValidate>
        <Input
          label="Adresse électronique"
          {...errorOf(state, "email")}
          nativeInputProps={{ name: "email", type: "email", defaultValue: text("email"), required: true, autoComplete: "off" }}
        />
        <Input
          label="Nom"
          {...errorOf(state, "name")}
          nativeInputProps={{ name: "name", defaultValue: text("name"), required: true, autoComplete: "off" }}
        />
        <RadioButtons
          legend="Rôle"
          {...errorOf(state, "role")}
          options={ROLES.map((role) => ({
            label: ROLE_LABELS[role],
            nativeInputProps: { name: "role", value: role, defaultChecked: text("role") === role },
          }))}
        />
        <Checkbox
          legend="Organisations"
          hintText="Un gestionnaire, un recruteur ou un lecteur agit pour les organisations cochées ; un administrateur, pour toutes."
          {...errorOf(state, "organisationIds")}
          options={organisations.map((o) => ({
            label: o.name,
            nativeInputProps: { name: "organisationIds", value: o.id, defaultChecked: chosen.includes(o.id) },
          }))}
        />
        <Button type="submit" disabled={pending}>
          Créer le compte
        </Button>
      </form>
    </>
  );
}

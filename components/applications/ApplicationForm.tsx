import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { formatFileSize } from "@/lib/applications/cv";
import { HONEYPOT_FIELD } from "@/lib/applications/constants";
import type { FieldErrors, FieldName, TypedValues } from "@/lib/applications/schema";
import { CvField } from "./CvField";
import { CONSENT_GROUP_ID, ErrorSummary, fieldId } from "./ErrorSummary";
import { ProofOfWork } from "./ProofOfWork";

export type ApplicationFormProps = {
  action: string;
  idempotencyKey: string;
  maxCvBytes: number;
  retryToken?: string;
  values?: TypedValues;
  errors?: FieldErrors;
  message?: string;
};

type TextField = {
  name: Exclude<keyof TypedValues, "consent" | "poolConsent">;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  optional?: boolean;
};

const IDENTITY: TextField[] = [
  { name: "firstName", label: "Prénom", autoComplete: "given-name" },
  { name: "lastName", label: "Nom", autoComplete: "family-name" },
  {
    name: "email",
    label: "Adresse électronique",
    hint: "Format attendu : nom@exemple.fr. Nous y envoyons l'accusé de réception.",
    type: "email",
    autoComplete: "email",
  },
  {
    name: "phone",
    label: "Téléphone",
    hint: "Format attendu : 06 12 34 56 78 ou +33 6 12 34 56 78.",
    type: "tel",
    autoComplete: "tel",
    optional: true,
  },
];

const LINKS: TextField[] = [
  {
    name: "linkedinUrl",
    label: "Profil LinkedIn",
    hint: "Par exemple https://www.linkedin.com/in/votre-nom",
    type: "url",
    autoComplete: "url",
    optional: true,
  },
  { name: "githubUrl", label: "Profil GitHub", hint: "Par exemple https://github.com/votre-nom", type: "url", optional: true },
  { name: "portfolioUrl", label: "Portfolio ou site personnel", hint: "Par exemple https://votre-site.fr", type: "url", optional: true },
];

function errorProps(errors: FieldErrors, name: FieldName) {
  const error = errors[name];
  return error ? ({ state: "error", stateRelatedMessage: error } as const) : {};
}

function TextInput({ field, values, errors }: { field: TextField; values: TypedValues; errors: FieldErrors }) {
  return (
    <Input
      label={field.optional ? `${field.label} (facultatif)` : field.label}
      hintText={field.hint}
      {...errorProps(errors, field.name)}
      nativeInputProps={{
        id: fieldId(field.name),
        name: field.name,
        type: field.type ?? "text",
        autoComplete: field.autoComplete,
        defaultValue: values[field.name],
        required: !field.optional,
        "aria-invalid": errors[field.name] ? true : undefined,
      }}
    />
  );
}

/**
 * The application form. A plain multipart POST: it works the same with JavaScript off, and
 * the server answers errors by showing this form again with what was typed (never the file).
 */
export function ApplicationForm(props: ApplicationFormProps) {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <>
      <ErrorSummary errors={errors} message={props.message} />
      <form method="post" action={props.action} encType="multipart/form-data" noValidate>
        <p className="fr-hint-text">Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</p>
        <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
        {props.retryToken && <input type="hidden" name="retry" value={props.retryToken} />}

        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h4">Vos coordonnées</legend>
          <div className="fr-fieldset__content">
            {IDENTITY.map((field) => (
              <TextInput key={field.name} field={field} values={values} errors={errors} />
            ))}
          </div>
        </fieldset>

        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h4">Votre candidature</legend>
          <div className="fr-fieldset__content">
            <Input
              textArea
              label="Votre message"
              hintText="Ce qui vous motive pour ce poste, ce que vous aimeriez apporter à l'équipe (5 000 caractères au plus)."
              {...errorProps(errors, "message")}
              nativeTextAreaProps={{
                id: fieldId("message"),
                name: "message",
                rows: 8,
                defaultValue: values.message,
                required: true,
                "aria-invalid": errors.message ? true : undefined,
              }}
            />
            <CvField
              id={fieldId("cv")}
              hint={`Formats acceptés : PDF, ODT ou DOCX. Taille maximale : ${formatFileSize(props.maxCvBytes)}.`}
              maxBytes={props.maxCvBytes}
              error={errors.cv}
              tooLargeMessage={`Ce fichier dépasse la limite de ${formatFileSize(props.maxCvBytes)} : joignez un CV plus léger.`}
            />
            {LINKS.map((field) => (
              <TextInput key={field.name} field={field} values={values} errors={errors} />
            ))}
          </div>
        </fieldset>

        <Checkbox
          id={CONSENT_GROUP_ID}
          legend="Vos données"
          {...errorProps(errors, "consent")}
          options={[
            {
              label: "J'accepte que l'équipe qui recrute traite ma candidature pour ce poste.",
              hintText: (
                <>
                  Votre candidature est conservée au plus 3 mois après la fin du recrutement. Ce qui est conservé, qui le voit, et comment
                  en demander l'effacement : <Link href="/donnees-personnelles">données personnelles</Link>.
                </>
              ),
              nativeInputProps: {
                name: "consent",
                defaultChecked: values.consent === "on",
                required: true,
                "aria-invalid": errors.consent ? true : undefined,
              },
            },
            {
              label: "J'accepte que ma candidature soit conservée dans un vivier pour d'autres offres (facultatif).",
              hintText: "Pendant 2 ans au plus ; vous pouvez retirer cet accord à tout moment.",
              nativeInputProps: { name: "poolConsent", defaultChecked: values.poolConsent === "on" },
            },
          ]}
        />

        <div className="fr-sr-only" aria-hidden="true">
          <label htmlFor={HONEYPOT_FIELD}>Ne remplissez pas ce champ</label>
          <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <ProofOfWork />
        <Button type="submit">Envoyer ma candidature</Button>
      </form>
    </>
  );
}

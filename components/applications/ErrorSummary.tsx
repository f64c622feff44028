import type { FieldErrors, FieldName } from "@/lib/applications/schema";

// In the order of the form, so that the summary reads as the form does.
const FIELD_ORDER: FieldName[] = [
  "firstName",
  "lastName",
  "email",
  "phone",
  "message",
  "cv",
  "linkedinUrl",
  "githubUrl",
  "portfolioUrl",
  "consent",
  "poolConsent",
];

/** The consent checkboxes are one DSFR group, whose inputs are numbered after the group's id. */
export const CONSENT_GROUP_ID = "candidature-accords";

export function fieldId(name: FieldName): string {
  if (name === "consent") return `${CONSENT_GROUP_ID}-0`;
  if (name === "poolConsent") return `${CONSENT_GROUP_ID}-1`;
  return `candidature-${name}`;
}

/**
 * The errors of a submission sent back, listed above the form with links to their fields.
 * `role="alert"` makes screen readers read it as the page loads, with or without JavaScript.
 */
export function ErrorSummary({ errors, message }: { errors: FieldErrors; message?: string }) {
  const names = FIELD_ORDER.filter((name) => errors[name]);
  if (names.length === 0 && !message) return null;
  return (
    <div id="erreurs" className="fr-alert fr-alert--error fr-mb-4w" role="alert" tabIndex={-1}>
      <h2 className="fr-alert__title">
        {names.length === 0
          ? "Votre candidature n'a pas été envoyée"
          : names.length === 1
            ? "Votre candidature n'a pas été envoyée : un champ est à corriger"
            : `Votre candidature n'a pas été envoyée : ${names.length} champs sont à corriger`}
      </h2>
      {message && <p>{message}</p>}
      {names.length > 0 && (
        <ul>
          {names.map((name) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>{errors[name]}</a>
            </li>
          ))}
        </ul>
      )}
      <p>Votre CV n'a pas été conservé : joignez-le de nouveau avant d'envoyer.</p>
    </div>
  );
}

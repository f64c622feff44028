import { z } from "zod";
import { firstFieldErrors } from "@/lib/validation/field-errors";
import { cleanText } from "./text";

// Limits a real application never reaches, so that a paste cannot fill the database.
export const LIMITS = { name: 100, email: 254, phone: 30, message: 5000, url: 500 } as const;

const formatCount = (n: number) => n.toLocaleString("fr-FR");

const line = (value: unknown) => (typeof value === "string" ? cleanText(value) : "");

function requiredLine(missing: string, max: number) {
  return z.preprocess(
    line,
    z
      .string()
      .min(1, missing)
      .max(max, `Ce champ ne peut dépasser ${formatCount(max)} caractères.`),
  );
}

/** An empty optional field is `undefined`, never an empty string. */
function optionalLine<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => line(value) || undefined, schema.optional());
}

function webAddress(example: string) {
  const message = `Indiquez une adresse web complète, par exemple ${example}.`;
  return optionalLine(
    z
      .string()
      .max(LIMITS.url, `Cette adresse ne peut dépasser ${formatCount(LIMITS.url)} caractères.`)
      .refine((value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
        } catch {
          return false;
        }
      }, message),
  );
}

const checked = (value: unknown) => value === "on" || value === "true" || value === true;

/** The typed fields of the application form (the CV is checked by ./cv.ts). */
export const applicationFieldsSchema = z.object({
  firstName: requiredLine("Indiquez votre prénom.", LIMITS.name),
  lastName: requiredLine("Indiquez votre nom.", LIMITS.name),
  email: z.preprocess(
    (value) => line(value).toLowerCase(),
    z
      .string()
      .min(1, "Indiquez votre adresse électronique.")
      .max(LIMITS.email, "Cette adresse électronique est trop longue.")
      .pipe(z.email("Indiquez une adresse électronique valide, par exemple camille.martin@exemple.fr.")),
  ),
  phone: optionalLine(
    z
      .string()
      .max(LIMITS.phone, "Ce numéro est trop long.")
      .regex(/^\+?[\d\s.()-]+$/, "Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78.")
      .refine((value) => value.replace(/\D/g, "").length >= 6, "Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78."),
  ),
  message: z.preprocess(
    (value) => (typeof value === "string" ? cleanText(value, { multiline: true }) : ""),
    z
      .string()
      .min(1, "Écrivez quelques lignes sur ce qui vous motive pour ce poste.")
      .max(LIMITS.message, `Votre message ne peut dépasser ${formatCount(LIMITS.message)} caractères : raccourcissez-le.`),
  ),
  linkedinUrl: webAddress("https://www.linkedin.com/in/votre-nom"),
  githubUrl: webAddress("https://github.com/votre-nom"),
  portfolioUrl: webAddress("https://votre-site.fr"),
  consent: z.preprocess(checked, z.literal(true, { error: "Cochez cette case pour accepter le traitement de votre candidature." })),
  poolConsent: z.preprocess(checked, z.boolean()),
});

export type ApplicationFields = z.output<typeof applicationFieldsSchema>;
export type FieldName = keyof ApplicationFields | "cv";
export type FieldErrors = Partial<Record<FieldName, string>>;

/** What the form shows again after an error: what was typed, never the file. */
export type TypedValues = Partial<Record<keyof ApplicationFields, string>>;

const TEXT_FIELDS = ["firstName", "lastName", "email", "phone", "message", "linkedinUrl", "githubUrl", "portfolioUrl"] as const;

export function typedValues(form: FormData): TypedValues {
  const values: TypedValues = {};
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    if (typeof value === "string" && value !== "") values[name] = value.slice(0, LIMITS.message * 2);
  }
  if (checked(form.get("consent"))) values.consent = "on";
  if (checked(form.get("poolConsent"))) values.poolConsent = "on";
  return values;
}

/** The form's fields, as the schema reads them. */
export function formFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of [...TEXT_FIELDS, "consent", "poolConsent"]) fields[name] = form.get(name);
  return fields;
}

export type FieldsResult = { ok: true; fields: ApplicationFields } | { ok: false; errors: FieldErrors };

/** Parses the typed fields; the first error of each field, in French. */
export function parseApplicationFields(input: Record<string, unknown>): FieldsResult {
  const result = applicationFieldsSchema.safeParse(input);
  if (result.success) return { ok: true, fields: result.data };
  return { ok: false, errors: firstFieldErrors(result.error) as FieldErrors };
}

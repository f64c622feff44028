// The posting form, one schema for the browser and the server: the server always parses
// the submitted FormData itself.
import { z } from "zod";
import { parisLocalToInstant } from "@/lib/dates/paris";
import { ContractType, Domain, RemotePolicy } from "@/lib/db/models";
import { contactsFromLines, MAX_CONTACTS } from "@/lib/postings/contacts";
import { isSlug, MAX_SLUG_LENGTH, slugify } from "@/lib/text/slug";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus`)
    .transform((v) => (v === "" ? null : v));

const optionalEnum = <T extends Record<string, string>>(values: T, message: string) =>
  z
    .string()
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || Object.values(values).includes(v), message)
    .transform((v) => v as T[keyof T] | null);

const parisDateTime = z
  .string()
  .trim()
  .transform((v, context) => {
    if (v === "") return null;
    const instant = parisLocalToInstant(v);
    if (!instant) context.addIssue({ code: "custom", message: "Date et heure invalides (jj/mm/aaaa hh:mm)" });
    return instant;
  });

const day = z
  .string()
  .trim()
  .transform((v, context) => {
    if (v === "") return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime())) context.addIssue({ code: "custom", message: "Date invalide (jj/mm/aaaa)" });
    return date;
  });

/** The posting's fields, each checked on its own. */
const postingFields = z.object({
  title: z.string().trim().min(3, "Indiquez l'intitulé de l'offre (3 caractères au moins)").max(200, "200 caractères au plus"),
  slug: z.string().trim().toLowerCase(),
  organisationId: z.string().min(1, "Choisissez l'organisation qui recrute"),
  roles: optionalText(200),
  team: optionalText(200),
  contractType: optionalEnum(ContractType, "Type de contrat inconnu"),
  contractDetail: optionalText(200),
  duration: optionalText(100),
  startDate: day,
  startDateText: optionalText(100),
  location: optionalText(200),
  // Communes as typed ("Rennes (35) ; Paris (75)"): the server resolves them when saving
  // (lib/postings/admin/places.ts), so that the commune list never reaches the browser.
  places: z.string().trim().max(1000, "1 000 caractères au plus").default(""),
  remotePolicy: optionalEnum(RemotePolicy, "Modalité de télétravail inconnue"),
  remoteDetail: optionalText(200),
  pay: optionalText(200),
  contactEmail: optionalText(200).refine(
    (v) => v === null || z.email().safeParse(v).success,
    "Adresse électronique invalide (nom@domaine.fr)",
  ),
  // Optional: a form without the field (an older page still open) keeps no contacts rather than failing.
  contacts: z
    .string()
    .optional()
    .transform((v) => contactsFromLines(v ?? ""))
    .refine((v) => v.length <= MAX_CONTACTS, `${MAX_CONTACTS} contacts au plus`)
    .refine((v) => v.every((contact) => contact.length <= 200), "200 caractères au plus par contact"),
  externalUrl: optionalText(500).refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), "Adresse web invalide (https://…)"),
  juniorsWelcome: z.enum(["", "yes", "no"]).transform((v) => (v === "" ? null : v === "yes")),
  // Lists sorted as the database returns them, so that comparing two versions is meaningful.
  domains: z.array(z.enum(Object.values(Domain) as [Domain, ...Domain[]])).transform((v) => [...new Set(v)].sort()),
  technologies: z.string().transform((v) =>
    [
      ...new Set(
        v
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ].sort(),
  ),
  // The day the position opens, as the posting states it; not when it goes online.
  opensAt: day,
  // When the posting goes online: empty means now, on publishing; a future time schedules it.
  publishedAt: parisDateTime,
  closesAt: parisDateTime,
  body: z.string().trim().min(20, "Rédigez le texte de l'offre (20 caractères au moins)").max(100_000, "100 000 caractères au plus"),
});

/** What holds between fields: the address, made from the title when left empty, and the dates' order. */
function checkedPosting(value: z.output<typeof postingFields>, context: z.RefinementCtx) {
  const slug = value.slug === "" ? slugify(value.title) : value.slug;
  if (!isSlug(slug)) {
    context.addIssue({
      code: "custom",
      path: ["slug"],
      message: `Lettres minuscules sans accent, chiffres et tirets, ${MAX_SLUG_LENGTH} caractères au plus (ex. : developpeur-back-end)`,
    });
  }
  if (value.publishedAt && value.closesAt && value.closesAt <= value.publishedAt) {
    context.addIssue({ code: "custom", path: ["closesAt"], message: "La clôture doit suivre la publication" });
  }
  return { ...value, slug };
}

export const postingFormSchema = postingFields.transform(checkedPosting);

/** The edit form: the posting, plus the id and version of the offer it edits (empty for a new one). */
export const savePostingSchema = postingFields
  .extend({ id: z.string(), version: z.string() })
  .transform(({ id, version, ...fields }, context) => ({
    target: id ? { id, version: Number(version) } : null,
    posting: checkedPosting(fields, context),
  }));

export type PostingInput = z.output<typeof postingFormSchema>;
export type PostingFormField = keyof z.input<typeof postingFormSchema>;

const TEXT_FIELDS = [
  "title",
  "slug",
  "organisationId",
  "roles",
  "team",
  "contractType",
  "contractDetail",
  "duration",
  "startDate",
  "startDateText",
  "location",
  "places",
  "remotePolicy",
  "remoteDetail",
  "pay",
  "contactEmail",
  "contacts",
  "externalUrl",
  "juniorsWelcome",
  "technologies",
  "opensAt",
  "publishedAt",
  "closesAt",
  "body",
] as const;

/** The form's values as the schema reads them; a missing field is an empty one. */
export function postingFormValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of TEXT_FIELDS) {
    const value = form.get(name);
    values[name] = typeof value === "string" ? value : "";
  }
  values.domains = form.getAll("domains").filter((v): v is string => typeof v === "string");
  return values;
}

export function parsePostingForm(form: FormData) {
  return postingFormSchema.safeParse(postingFormValues(form));
}

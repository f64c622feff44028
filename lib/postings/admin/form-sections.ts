import { Domain } from "@/lib/db/models";
import { contractTypeLabels, domainLabels, remotePolicyLabels } from "@/lib/postings/labels";

type Option = { value: string; label: string };
type Common = { name: string; label: string; hint?: string; required?: boolean };

/** One field of the offer form, as data: the form renders each kind with its DSFR component. */
export type FieldSpec =
  | (Common & { kind: "text"; type?: "text" | "email" | "url" | "date" | "datetime-local" })
  | (Common & { kind: "select"; options: Option[] | "organisations"; placeholder?: string })
  | (Common & { kind: "checkboxes"; options: Option[] })
  | (Common & { kind: "communes" })
  | (Common & { kind: "textarea"; rows: number });

export type SectionSpec = { legend: string; fields: FieldSpec[] };

const options = (labels: Record<string, string>): Option[] => Object.entries(labels).map(([value, label]) => ({ value, label }));
const text = (
  name: string,
  label: string,
  more: Omit<Extract<FieldSpec, { kind: "text" }>, "kind" | "name" | "label"> = {},
): FieldSpec => ({
  kind: "text",
  name,
  label,
  ...more,
});
const UNSPECIFIED = "Non précisé";

/** The offer form's fieldsets, in the order a recruiter fills them in; the body and preview follow. */
export const POSTING_FORM_SECTIONS: SectionSpec[] = [
  {
    legend: "L'offre",
    fields: [
      text("title", "Intitulé du poste", { required: true }),
      text("slug", "Adresse de l'offre", {
        hint: "Après /offres/ ; laissée vide, elle est faite à partir de l'intitulé. Minuscules, chiffres et tirets.",
      }),
      { kind: "select", name: "organisationId", label: "Organisation qui recrute", required: true, options: "organisations" },
      text("team", "Équipe"),
      text("roles", "Rôle, tel que l'offre le formule", { hint: "Par exemple : un·e développeur·se back-end" }),
    ],
  },
  {
    legend: "Contrat et conditions",
    fields: [
      { kind: "select", name: "contractType", label: "Type de contrat", placeholder: UNSPECIFIED, options: options(contractTypeLabels) },
      text("contractDetail", "Précisions sur le contrat", { hint: "Par exemple : CDD de 3 ans, renouvelable" }),
      text("duration", "Durée"),
      text("startDate", "Prise de poste (date)", { type: "date" }),
      text("startDateText", "Prise de poste (en toutes lettres)", { hint: "Si la date n'est pas connue : « dès que possible »" }),
      text("location", "Lieu", { hint: "Tel que l'offre le dit : « Paris 7e, deux jours sur site »" }),
      {
        kind: "communes",
        name: "places",
        label: "Communes",
        hint: "Séparées par « ; » : Rennes (35) ; Paris (75). Laissé vide, rempli d'après le lieu s'il nomme une commune. La recherche par commune, département ou région s'en sert.",
      },
      { kind: "select", name: "remotePolicy", label: "Télétravail", placeholder: UNSPECIFIED, options: options(remotePolicyLabels) },
      text("remoteDetail", "Précisions sur le télétravail"),
      text("pay", "Rémunération"),
      {
        kind: "select",
        name: "juniorsWelcome",
        label: "Profils juniors bienvenus",
        placeholder: UNSPECIFIED,
        options: [
          { value: "yes", label: "Oui" },
          { value: "no", label: "Non" },
        ],
      },
      {
        kind: "checkboxes",
        name: "domains",
        label: "Domaines",
        options: Object.values(Domain).map((d) => ({ value: d, label: domainLabels[d] })),
      },
      text("technologies", "Technologies", { hint: "Séparées par des virgules : Python, Django, PostgreSQL" }),
    ],
  },
  {
    legend: "Candidatures et dates",
    fields: [
      text("contactEmail", "Adresse de contact", { type: "email", hint: "Format : nom@domaine.fr" }),
      {
        kind: "textarea",
        name: "contacts",
        label: "Contacts dans l'équipe",
        hint: "Une personne par ligne (identifiant ou adresse électronique) : à qui poser ses questions sur le poste. Non affichés sur la page publique.",
        rows: 3,
      },
      text("externalUrl", "Site de candidature externe", { type: "url", hint: "Si les candidatures se font ailleurs : https://…" }),
      text("opensAt", "Poste ouvert à partir du", { type: "date" }),
      text("publishedAt", "Publication programmée le (heure de Paris)", {
        type: "datetime-local",
        hint: "Vide : l'offre est mise en ligne dès que vous la publiez.",
      }),
      text("closesAt", "Clôture automatique le (heure de Paris)", {
        type: "datetime-local",
        hint: "L'offre cesse d'accepter des candidatures à ce moment.",
      }),
    ],
  },
];

/** Every field's label by name, in the form's order (the body last): the error summary lists them so. */
export const POSTING_FIELD_LABELS: Readonly<Record<string, string>> = Object.fromEntries([
  ...POSTING_FORM_SECTIONS.flatMap((section) => section.fields.map((field) => [field.name, field.label])),
  ["body", "Texte de l'offre"],
]);

// French wording of the posting model, for the public pages and the back office alike.
import type { ContractType, Domain, OrganisationKind, PostingStatus, RemotePolicy } from "@/lib/db/models";
import type { AdminStatus } from "@/lib/postings/admin/queries";
import type { FileReport } from "@/lib/postings/import/run";
import type { FieldSource, ReportedField } from "@/lib/postings/import/sources";

export const contractTypeLabels: Record<ContractType, string> = {
  PERMANENT: "CDI",
  FIXED_TERM: "CDD",
  INTERNSHIP: "Stage",
  APPRENTICESHIP: "Alternance",
  FREELANCE: "Freelance",
  PUBLIC_SERVANT: "Fonctionnaire ou contractuel",
  OTHER: "Autre",
};

export const remotePolicyLabels: Record<RemotePolicy, string> = {
  NONE: "Sur site",
  PARTIAL: "Télétravail partiel",
  FULL: "Télétravail complet",
};

export const domainLabels: Record<Domain, string> = {
  DEVELOPMENT: "Développement",
  DESIGN: "Design",
  PRODUCT: "Produit",
  COACHING: "Coaching",
  DEPLOYMENT: "Déploiement",
  DATA: "Données",
  COMMUNITY: "Animation de communauté",
  INTRAPRENEURSHIP: "Intrapreneuriat",
  OTHER: "Autre",
};

export const organisationKindLabels: Record<OrganisationKind, string> = {
  INCUBATOR: "Incubateur",
  STARTUP: "Start-up d'État",
  TEAM: "Équipe",
  PARTNER: "Partenaire",
};

/** The stored state of a posting, as the journal words it ("publiée → clôturée"). */
export const POSTING_STATUS_LABELS: Record<PostingStatus, string> = { DRAFT: "brouillon", PUBLISHED: "publiée", CLOSED: "clôturée" };

/** Where a posting stands, as the back office shows it. */
export const ADMIN_STATUS_LABELS: Record<AdminStatus, string> = {
  draft: "Brouillon",
  scheduled: "Programmée",
  open: "En ligne",
  expired: "Date de clôture passée",
  closed: "Clôturée",
  filled: "Pourvue",
};

export function isAdminStatus(value: unknown): value is AdminStatus {
  return typeof value === "string" && value in ADMIN_STATUS_LABELS;
}

/** What became of one imported file. */
export const importOutcomeLabels: Record<FileReport["outcome"], string> = {
  created: "Importée",
  updated: "Mise à jour",
  rejected: "Rejetée",
};

/** The fields the import report counts, as the report names them. */
export const reportedFieldLabels: Record<ReportedField, string> = {
  title: "Titre",
  contract: "Contrat",
  duration: "Durée",
  start: "Date de début",
  place: "Lieu",
  remote: "Télétravail",
  pay: "Rémunération",
  juniors: "Ouverture aux débutants",
  contact: "Contact",
  externalUrl: "Lien pour candidater",
  domains: "Domaines",
  technologies: "Technologies",
  opensAt: "Date d'ouverture",
  closesAt: "Date de clôture",
};

/** Where an imported field came from. */
export const fieldSourceLabels: Record<FieldSource, string> = {
  "front-matter": "En-tête",
  prose: "Texte",
  deduced: "Déduit",
};

export function contractLabel(type: ContractType | null | undefined): string | null {
  return type ? contractTypeLabels[type] : null;
}

export function remotePolicyLabel(policy: RemotePolicy | null | undefined): string | null {
  return policy ? remotePolicyLabels[policy] : null;
}

type OrganisationName = {
  name: string;
  kind: OrganisationKind;
  parent: { name: string; kind: OrganisationKind } | null;
};

/** "Aidants Connect (Incubateur de l'ANCT)": a start-up or a team is known by its parent too. */
export function organisationLabel(organisation: OrganisationName): string {
  const { name, parent } = organisation;
  return parent ? `${name} (${parent.name})` : name;
}

// The value words of the project's file dialect (docs/postings-dialect.md): plain ASCII, to be
// typed in a YAML front matter; the reader also accepts them with accents and in any case.
export const KIND_WORDS: Record<OrganisationKind, string> = {
  TEAM: "equipe",
  STARTUP: "startup",
  PARTNER: "partenaire",
  INCUBATOR: "incubateur",
};

export const STATUS_WORDS: Record<PostingStatus, string> = { DRAFT: "brouillon", PUBLISHED: "publiee", CLOSED: "fermee" };

export const CONTRACT_WORDS: Record<ContractType, string> = {
  PERMANENT: "CDI",
  FIXED_TERM: "CDD",
  INTERNSHIP: "stage",
  APPRENTICESHIP: "alternance",
  FREELANCE: "freelance",
  PUBLIC_SERVANT: "fonctionnaire",
  OTHER: "autre",
};

export const REMOTE_WORDS: Record<RemotePolicy, string> = { NONE: "aucun", PARTIAL: "partiel", FULL: "complet" };

export const DOMAIN_WORDS: Record<Domain, string> = {
  DEVELOPMENT: "developpement",
  DESIGN: "design",
  PRODUCT: "produit",
  COACHING: "coaching",
  DEPLOYMENT: "deploiement",
  DATA: "donnees",
  COMMUNITY: "communaute",
  INTRAPRENEURSHIP: "intrapreneuriat",
  OTHER: "autre",
};

/** The key that names an organisation of each kind (and a parent of another kind). */
export const KIND_KEYS: Record<OrganisationKind, string> = {
  TEAM: "equipe",
  STARTUP: "startup",
  PARTNER: "friend",
  INCUBATOR: "incubateur",
};

// French wording of the posting model for the public pages. Dates are shown as the
// team in Paris means them, whatever the server's time zone.
import type { ContractType, Domain, OrganisationKind, RemotePolicy } from "@/lib/db/models";

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

export function contractLabel(type: ContractType | null | undefined): string | null {
  return type ? contractTypeLabels[type] : null;
}

export function remotePolicyLabel(policy: RemotePolicy | null | undefined): string | null {
  return policy ? remotePolicyLabels[policy] : null;
}

const TIME_ZONE = "Europe/Paris";

const longDate = new Intl.DateTimeFormat("fr-FR", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});

const isoDay = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: TIME_ZONE,
});

/** "3 novembre 2026", "1er mars 2027": French writes the first day of a month as an ordinal. */
export function formatDate(date: Date): string {
  return longDate.format(date).replace(/^1 /, "1er ");
}

const longDateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: TIME_ZONE });

/** "22 novembre 2026 à 14:05", Paris time. */
export function formatDateTime(date: Date): string {
  return longDateTime.format(date);
}

/** The calendar day in Paris as YYYY-MM-DD, for `<time dateTime>`. */
export function isoDate(date: Date): string {
  return isoDay.format(date);
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

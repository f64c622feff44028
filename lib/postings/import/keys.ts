import { fold } from "@/lib/text/normalise";

/** The fields the importer understands, whatever the dialect calls them. */
export type KnownField =
  | "title"
  | "slug"
  | "roles"
  | "startup"
  | "incubator"
  | "friend"
  | "team"
  | "type"
  | "contract"
  | "open"
  | "status"
  | "filled"
  | "filledAt"
  | "closedAt"
  | "opensAt"
  | "closesAt"
  | "publishedAt"
  | "date"
  | "startDate"
  | "duration"
  | "contact"
  | "externalUrl"
  | "location"
  | "places"
  | "remote"
  | "pay"
  | "juniors"
  | "domains"
  | "technologies"
  | "contacts"
  | "redirectFrom"
  | "applicationForm";

const SYNONYMS: Record<KnownField, string[]> = {
  title: ["title", "titre", "intitule", "titles", "titres"],
  slug: ["slug"],
  roles: ["roles", "role", "poste", "postes", "metier"],
  startup: ["startup", "start_up", "start-up"],
  incubator: ["incubator", "incubateur"],
  friend: ["friend", "friends", "partenaire", "partner"],
  team: ["equipe", "team"],
  type: ["type"],
  contract: ["contrat", "contract", "type_de_contrat", "type_contrat", "contract_type"],
  open: ["open", "ouvert", "ouverte"],
  status: ["status", "statut", "etat"],
  filled: ["filled", "pourvu", "pourvue", "poste_pourvu", "post_pourvu"],
  filledAt: ["filled_at", "filledat", "date_pourvu", "pourvu_le"],
  closedAt: ["closed_at", "closedat", "ferme_le", "date_cloture"],
  opensAt: ["post_ouvert", "poste_ouvert", "opens_at", "opensat", "date_ouverture", "ouverture"],
  closesAt: [
    "poste_ferme",
    "post_ferme",
    "closes_at",
    "closesat",
    "date_fermeture",
    "date_limite",
    "fermeture",
    "depublication_date",
    "date_depublication",
    "depublication",
  ],
  publishedAt: ["published_date", "publishedat", "published_at", "date_publication", "publication"],
  date: ["date"],
  startDate: ["start_date", "startdate", "date_debut", "date_de_debut", "debut", "start"],
  duration: ["length", "duration", "duree"],
  contact: ["contact", "email", "mail", "e-mail", "courriel"],
  externalUrl: ["externalurl", "external_url", "external_link", "lien_externe", "url_externe"],
  location: ["location", "lieu", "localisation", "ville", "adresse"],
  places: ["communes", "commune", "code_insee", "codes_insee", "insee", "code_commune", "codes_communes"],
  remote: ["remote", "teletravail", "travail_a_distance"],
  pay: ["salaire", "remuneration", "pay", "salary", "gratification"],
  juniors: ["junior", "juniors", "juniors_welcome", "debutant", "debutants", "debutant_accepte"],
  domains: ["domaines", "domains", "domaine", "domain"],
  technologies: ["technologies", "technologie", "techno", "technos", "stack", "tech"],
  // Team members to ask, not the address to apply to ("contact"): a plural that means something else.
  contacts: ["contacts", "contacts_equipe", "personnes_a_contacter"],
  redirectFrom: ["redirect_from", "redirects_from", "redirections", "anciennes_adresses"],
  applicationForm: ["airtable_formulaire", "formulaire_airtable", "formulaire", "formulaire_candidature", "application_form"],
};

const FIELD_BY_KEY = new Map<string, KnownField>(
  (Object.entries(SYNONYMS) as [KnownField, string[]][]).flatMap(([field, keys]) => keys.map((key) => [key, field] as const)),
);

/** "Poste_Fermé", "poste-ferme" and "poste fermé" are the same key. */
function foldKey(key: string): string {
  return fold(key).replace(/[\s-]+/g, "_");
}

/**
 * A key with every word in the singular ("lieux" → "lieu", "debuts_souhaites" → "debut_souhaite").
 * Words that would be left shorter than four letters keep their ending: "pays" is not "pay".
 */
function singularKey(folded: string): string {
  return folded
    .split("_")
    .map((word) => (word.length > 4 && /[sx]$/.test(word) ? word.slice(0, -1) : word))
    .join("_");
}

/**
 * Written variants of the known keys (plural or singular, with or without underscores), each
 * to its field; a variant two fields share ("contact" and "contacts") is left out, so that
 * only the exact synonyms decide between them.
 */
const FIELD_BY_VARIANT = (() => {
  const variants = new Map<string, KnownField | null>();
  for (const [key, field] of FIELD_BY_KEY) {
    for (const variant of new Set([singularKey(key), singularKey(key).replace(/_/g, "")])) {
      const taken = variants.get(variant);
      variants.set(variant, taken === undefined || taken === field ? field : null);
    }
  }
  return variants;
})();

export function knownFieldOf(key: string): KnownField | undefined {
  const folded = foldKey(key);
  const exact = FIELD_BY_KEY.get(folded) ?? FIELD_BY_KEY.get(folded.replace(/_/g, ""));
  if (exact) return exact;
  const singular = singularKey(folded);
  return FIELD_BY_VARIANT.get(singular) ?? FIELD_BY_VARIANT.get(singular.replace(/_/g, "")) ?? undefined;
}

export type SortedKeys = {
  /** Known fields with the key as written and its value (the first non-empty synonym wins). */
  known: Map<KnownField, { key: string; value: unknown }>;
  /** Keys the model does not know, and synonyms that lost to another synonym. */
  extra: Record<string, unknown>;
  warnings: string[];
};

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (typeof value === "string" && value.trim() === "") ||
    (Array.isArray(value) && value.length === 0)
  );
}

export function sortKeys(data: Record<string, unknown>): SortedKeys {
  const known = new Map<KnownField, { key: string; value: unknown }>();
  const extra: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const field = knownFieldOf(key);
    if (!field) {
      extra[key] = value;
      continue;
    }
    if (isEmpty(value)) continue;
    const existing = known.get(field);
    if (existing) {
      extra[key] = value;
      warnings.push(`clé « ${key} » ignorée : « ${existing.key} » dit déjà la même chose (valeur conservée dans les clés supplémentaires)`);
      continue;
    }
    known.set(field, { key, value });
  }
  return { known, extra, warnings };
}

/** Front-matter values made JSON-safe: dates as ISO strings, non-finite numbers as text. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return value.toString();
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) return toJsonValue(Object.fromEntries(value));
  if (value instanceof Set) return toJsonValue([...value]);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJsonValue(item)]));
  }
  return value;
}

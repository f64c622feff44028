// The project's own posting dialect (docs/postings-dialect.md): the keys and value words that
// the exporter writes and the dialect reader (lib/postings/import/dialect.ts) reads back exactly.
// Keys are chosen among the names the importer already knows for the historical dialects, so an
// exported file also reads sensibly as an ordinary archive file.
import type { OrganisationKind } from "@/lib/db/models";

// The value words (statut: publiee, contrat: CDD…) live with the other words of the model.
import { KIND_KEYS } from "@/lib/postings/labels";

export { CONTRACT_WORDS, DOMAIN_WORDS, KIND_KEYS, KIND_WORDS, REMOTE_WORDS, STATUS_WORDS } from "@/lib/postings/labels";

/** The marker of an exported file: with it, the front matter is complete and the prose is not read. */
export const DIALECT_KEY = "dialecte";
export const DIALECT_NAME = "rejoindre";

/** Kept-aside keys whose name the dialect itself uses are written under this mapping. */
export const KEPT_ASIDE_KEY = "cles_conservees";

export const KEYS = {
  title: "titre",
  slug: "slug",
  roles: "roles",
  team: "nom_equipe",
  parent: "parent",
  parentKind: "type_parent",
  status: "statut",
  publishedAt: "publication",
  opensAt: "ouverture",
  closesAt: "fermeture",
  closedAt: "ferme_le",
  filledAt: "pourvu",
  contractType: "contrat",
  contractDetail: "detail_contrat",
  duration: "duree",
  startDate: "debut",
  startDateText: "debut_texte",
  location: "lieu",
  places: "communes",
  remotePolicy: "teletravail",
  remoteDetail: "detail_teletravail",
  pay: "remuneration",
  contactEmail: "contact",
  externalUrl: "lien_candidature",
  juniorsWelcome: "juniors",
  blindReview: "lecture_a_l_aveugle",
  domains: "domaines",
  technologies: "technologies",
  contacts: "contacts",
  redirectFrom: "redirect_from",
} as const;

/**
 * A posting's organisation sits below its parent: a team below a start-up, a start-up below
 * an incubator. When the parent ranks above the organisation, both are written by kind;
 * otherwise the parent is written with `parent` and `type_parent`.
 */
export const KIND_RANK: Record<OrganisationKind, number> = { TEAM: 0, STARTUP: 1, PARTNER: 2, INCUBATOR: 3 };

/** Every top-level key the dialect gives a meaning to. */
export const DIALECT_KEYS: ReadonlySet<string> = new Set([
  DIALECT_KEY,
  KEPT_ASIDE_KEY,
  ...Object.values(KEYS),
  ...Object.values(KIND_KEYS),
]);

/** The code a value word stands for, case- and accent-insensitively. */
export function codeOfWord<T extends string>(words: Record<T, string>, word: unknown): T | null {
  if (typeof word !== "string") return null;
  const wanted = word.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();
  const found = (Object.entries(words) as [T, string][]).find(([, value]) => value.toLowerCase() === wanted);
  return found ? found[0] : null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A day at UTC midnight is written as the day; any other instant in full, to the millisecond. */
export function writeInstant(instant: Date): string {
  const iso = instant.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** The inverse of writeInstant; null when the text is neither a day nor an ISO instant. */
export function readInstant(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (DAY.test(text)) {
    const date = new Date(`${text}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

// The reader of the project's own dialect (docs/postings-dialect.md), the inverse of
// lib/postings/export/markdown.ts. A file marked `dialecte: rejoindre` says everything in its
// front matter: nothing is read from the prose or guessed from the file name, and every value is
// taken as written, so that import(export(posting)) gives back the same posting.
import { type FieldSources, REPORTED_FIELDS, type ReportedField } from "@/lib/postings/import/sources";
import { endOfParisDay } from "@/lib/dates/paris";
import type { Domain, OrganisationKind } from "@/lib/db/models";
import {
  CONTRACT_WORDS,
  codeOfWord,
  DIALECT_KEY,
  DIALECT_KEYS,
  DIALECT_NAME,
  DOMAIN_WORDS,
  KEPT_ASIDE_KEY,
  KEYS,
  KIND_KEYS,
  KIND_RANK,
  KIND_WORDS,
  readInstant,
  REMOTE_WORDS,
  STATUS_WORDS,
} from "@/lib/postings/export/dialect";
import { domainOfValue } from "@/lib/postings/import/domains";
import { toJsonValue } from "@/lib/postings/import/keys";
import type { ImportedPosting, OrganisationRef, ParseOutcome } from "@/lib/postings/import/types";
import { isSlug } from "@/lib/text/slug";

export function isDialectFile(data: Record<string, unknown>): boolean {
  return typeof data[DIALECT_KEY] === "string" && data[DIALECT_KEY].trim().toLowerCase() === DIALECT_NAME;
}

type Reader = {
  data: Record<string, unknown>;
  extra: Record<string, unknown>;
  warnings: string[];
};

/** A value the dialect cannot read is kept aside under its key, never dropped, and reported. */
function setAside(reader: Reader, key: string, why: string): null {
  reader.extra[key] = reader.data[key];
  reader.warnings.push(`${why} : « ${key} » conservée dans les clés supplémentaires`);
  return null;
}

function text(reader: Reader, key: string): string | null {
  const value = reader.data[key];
  if (value === undefined || value === null) return null;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return setAside(reader, key, "texte attendu");
  return value.trim() === "" ? null : value.trim();
}

function word<T extends string>(reader: Reader, key: string, words: Record<T, string>): T | null {
  const value = reader.data[key];
  if (value === undefined || value === null) return null;
  return codeOfWord(words, value) ?? setAside(reader, key, `valeur inconnue (attendu : ${Object.values(words).join(", ")})`);
}

function instant(reader: Reader, key: string): Date | null {
  const value = reader.data[key];
  if (value === undefined || value === null) return null;
  return readInstant(value) ?? setAside(reader, key, "date attendue (AAAA-MM-JJ ou instant ISO)");
}

function closing(reader: Reader): Date | null {
  const value = reader.data[KEYS.closesAt];
  const read = instant(reader, KEYS.closesAt);
  // A day alone closes at the end of that day in Paris, as in every dialect.
  return read && typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? endOfParisDay(read) : read;
}

function flag(reader: Reader, key: string): boolean | null {
  const value = reader.data[key];
  if (value === undefined || value === null) return null;
  return typeof value === "boolean" ? value : setAside(reader, key, "true ou false attendu");
}

function texts(reader: Reader, key: string): string[] {
  const value = reader.data[key];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === "string" || (typeof item === "number" && Number.isFinite(item)))) {
    setAside(reader, key, "liste de textes attendue");
    return [];
  }
  return list.map((item) => String(item).trim()).filter((item) => item !== "");
}

function domains(reader: Reader): Domain[] {
  // Besides the dialect's words, the names the other dialects use ("data", "Développement").
  const found = texts(reader, KEYS.domains).map((item) => ({ item, domain: codeOfWord(DOMAIN_WORDS, item) ?? domainOfValue(item) }));
  const unknown = found.filter((entry) => entry.domain === null).map((entry) => entry.item);
  if (unknown.length > 0) {
    reader.warnings.push(`domaines inconnus (${unknown.join(", ")}) : conservés dans les clés supplémentaires`);
    reader.extra[KEYS.domains] = unknown;
  }
  const known = new Set(found.flatMap((entry) => (entry.domain ? [entry.domain] : [])));
  return (Object.keys(DOMAIN_WORDS) as Domain[]).filter((domain) => known.has(domain));
}

/** The organisation by the key of its kind; its parent by the key of a higher kind, or `parent`. */
function organisation(reader: Reader): OrganisationRef | null {
  const named = (Object.entries(KIND_KEYS) as [OrganisationKind, string][])
    .map(([kind, key]) => ({ kind, name: text(reader, key) }))
    .filter((entry): entry is { kind: OrganisationKind; name: string } => entry.name !== null)
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  const [own, above, ...more] = named;
  if (!own) return null;
  for (const entry of more) setAside(reader, KIND_KEYS[entry.kind], "troisième organisation nommée");
  const parentName = text(reader, KEYS.parent);
  const parentKind = parentName === null ? null : word(reader, KEYS.parentKind, KIND_WORDS);
  if (above && parentName !== null) setAside(reader, KEYS.parent, `parent déjà donné par « ${KIND_KEYS[above.kind]} »`);
  const parent = above ?? (parentName !== null && parentKind !== null ? { name: parentName, kind: parentKind } : null);
  return { name: own.name, kind: own.kind, parent };
}

/** Reads a file of the dialect; `data` is its front matter, `body` the markdown after it. */
export function parseDialectFile(data: Record<string, unknown>, body: string, duplicateKeys: string[] = []): ParseOutcome {
  const reader: Reader = {
    data,
    extra: {},
    warnings: duplicateKeys.map((key) => `clé « ${key} » écrite plusieurs fois : la dernière valeur est retenue`),
  };
  const title = text(reader, KEYS.title);
  if (title === null) return { ok: false, reason: `Fichier au format « ${DIALECT_NAME} » sans « ${KEYS.title} ».` };
  const slug = text(reader, KEYS.slug);
  if (slug === null || !isSlug(slug)) {
    return {
      ok: false,
      reason: `« ${KEYS.slug} » absent ou invalide (minuscules, chiffres et tirets, 80 caractères au plus) : ${JSON.stringify(data[KEYS.slug] ?? null)}.`,
    };
  }
  const status = word(reader, KEYS.status, STATUS_WORDS);
  if (status === null) reader.warnings.push("statut absent ou illisible : offre laissée en brouillon");

  const posting: ImportedPosting = {
    slug,
    title,
    roles: text(reader, KEYS.roles),
    organisation: organisation(reader),
    team: text(reader, KEYS.team),
    contractType: word(reader, KEYS.contractType, CONTRACT_WORDS),
    contractDetail: text(reader, KEYS.contractDetail),
    duration: text(reader, KEYS.duration),
    startDate: instant(reader, KEYS.startDate),
    startDateText: text(reader, KEYS.startDateText),
    location: text(reader, KEYS.location),
    remotePolicy: word(reader, KEYS.remotePolicy, REMOTE_WORDS),
    remoteDetail: text(reader, KEYS.remoteDetail),
    pay: text(reader, KEYS.pay),
    contactEmail: text(reader, KEYS.contactEmail),
    externalUrl: text(reader, KEYS.externalUrl),
    juniorsWelcome: flag(reader, KEYS.juniorsWelcome),
    blindReview: flag(reader, KEYS.blindReview) ?? false,
    domains: domains(reader),
    technologies: texts(reader, KEYS.technologies),
    status: status ?? "DRAFT",
    publishedAt: instant(reader, KEYS.publishedAt),
    opensAt: instant(reader, KEYS.opensAt),
    closesAt: closing(reader),
    closedAt: instant(reader, KEYS.closedAt),
    filledAt: instant(reader, KEYS.filledAt),
    body,
    places: texts(reader, KEYS.places),
    contacts: texts(reader, KEYS.contacts),
    redirectFrom: texts(reader, KEYS.redirectFrom),
    extraFrontMatter: {},
  };

  const keptAside = data[KEPT_ASIDE_KEY];
  const nested = keptAside && typeof keptAside === "object" && !Array.isArray(keptAside) ? (keptAside as Record<string, unknown>) : {};
  const extra = { ...Object.fromEntries(Object.entries(data).filter(([key]) => !DIALECT_KEYS.has(key))), ...nested, ...reader.extra };
  posting.extraFrontMatter = toJsonValue(extra) as Record<string, unknown>;
  return {
    ok: true,
    posting,
    warnings: reader.warnings,
    sources: frontMatterSources(posting),
    extraKeys: Object.keys(posting.extraFrontMatter),
  };
}

/** A dialect file states everything in its front matter: each field it fills came from there. */
function frontMatterSources(posting: ImportedPosting): FieldSources {
  const filled: Record<ReportedField, boolean> = {
    title: true,
    contract: posting.contractType !== null,
    duration: posting.duration !== null,
    start: posting.startDate !== null || posting.startDateText !== null,
    place: posting.location !== null || posting.places.length > 0,
    remote: posting.remotePolicy !== null || posting.remoteDetail !== null,
    pay: posting.pay !== null,
    juniors: posting.juniorsWelcome !== null,
    contact: posting.contactEmail !== null,
    externalUrl: posting.externalUrl !== null,
    domains: posting.domains.length > 0,
    technologies: posting.technologies.length > 0,
    opensAt: posting.opensAt !== null,
    closesAt: posting.closesAt !== null,
  };
  return Object.fromEntries(REPORTED_FIELDS.filter((field) => filled[field]).map((field) => [field, "front-matter"]));
}

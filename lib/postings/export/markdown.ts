// One posting as a markdown file in the project's dialect (docs/postings-dialect.md). Pure, so
// the export command, the git sync and the tests share it.
import { stringify } from "yaml";
import { endOfParisDay, parisDay } from "@/lib/dates/paris";
import type { Domain, OrganisationKind } from "@/lib/db/models";
import {
  CONTRACT_WORDS,
  DIALECT_KEY,
  DIALECT_KEYS,
  DIALECT_NAME,
  DOMAIN_WORDS,
  KEPT_ASIDE_KEY,
  KEYS,
  KIND_KEYS,
  KIND_RANK,
  KIND_WORDS,
  REMOTE_WORDS,
  STATUS_WORDS,
  writeInstant,
} from "@/lib/postings/export/dialect";
import type { ImportedPosting } from "@/lib/postings/import/types";

type OrganisationNode = { name: string; kind: OrganisationKind };

/** What the serializer needs of a posting: what the importer reads, with the organisation known. */
export type ExportablePosting = Omit<ImportedPosting, "organisation" | "blindReview"> & {
  organisation: OrganisationNode & { parent: OrganisationNode | null };
  blindReview: boolean;
};

const DOMAIN_ORDER = Object.keys(DOMAIN_WORDS) as Domain[];

/** A closing instant at the end of a Paris day is written as that day, as files always wrote it. */
export function writeClosing(closesAt: Date): string {
  const day = parisDay(closesAt);
  return endOfParisDay(new Date(`${day}T00:00:00.000Z`)).getTime() === closesAt.getTime() ? day : closesAt.toISOString();
}

function organisationKeys(organisation: ExportablePosting["organisation"]): Record<string, string> {
  const keys: Record<string, string> = { [KIND_KEYS[organisation.kind]]: organisation.name };
  const { parent } = organisation;
  if (!parent) return keys;
  if (KIND_RANK[parent.kind] > KIND_RANK[organisation.kind]) keys[KIND_KEYS[parent.kind]] = parent.name;
  else Object.assign(keys, { [KEYS.parent]: parent.name, [KEYS.parentKind]: KIND_WORDS[parent.kind] });
  return keys;
}

/** The front matter as a plain object, keys in the order a reader looks for them; nulls left out. */
export function frontMatterOf(posting: ExportablePosting): Record<string, unknown> {
  const optional = (key: string, value: unknown) => (value === null || value === undefined ? {} : { [key]: value });
  const list = (key: string, values: readonly unknown[]) => (values.length === 0 ? {} : { [key]: [...values] });
  const instant = (key: string, value: Date | null) => optional(key, value && writeInstant(value));
  const data: Record<string, unknown> = {
    [DIALECT_KEY]: DIALECT_NAME,
    [KEYS.title]: posting.title,
    [KEYS.slug]: posting.slug,
    ...optional(KEYS.roles, posting.roles),
    ...organisationKeys(posting.organisation),
    ...optional(KEYS.team, posting.team),
    [KEYS.status]: STATUS_WORDS[posting.status],
    ...instant(KEYS.publishedAt, posting.publishedAt),
    ...instant(KEYS.opensAt, posting.opensAt),
    ...optional(KEYS.closesAt, posting.closesAt && writeClosing(posting.closesAt)),
    ...instant(KEYS.closedAt, posting.closedAt),
    ...instant(KEYS.filledAt, posting.filledAt),
    ...optional(KEYS.contractType, posting.contractType && CONTRACT_WORDS[posting.contractType]),
    ...optional(KEYS.contractDetail, posting.contractDetail),
    ...optional(KEYS.duration, posting.duration),
    ...instant(KEYS.startDate, posting.startDate),
    ...optional(KEYS.startDateText, posting.startDateText),
    ...optional(KEYS.location, posting.location),
    ...list(KEYS.places, posting.places),
    ...optional(KEYS.remotePolicy, posting.remotePolicy && REMOTE_WORDS[posting.remotePolicy]),
    ...optional(KEYS.remoteDetail, posting.remoteDetail),
    ...optional(KEYS.pay, posting.pay),
    ...optional(KEYS.contactEmail, posting.contactEmail),
    ...optional(KEYS.externalUrl, posting.externalUrl),
    ...optional(KEYS.juniorsWelcome, posting.juniorsWelcome),
    ...(posting.blindReview ? { [KEYS.blindReview]: true } : {}),
    ...list(
      KEYS.domains,
      DOMAIN_ORDER.filter((domain) => posting.domains.includes(domain)).map((domain) => DOMAIN_WORDS[domain]),
    ),
    ...list(KEYS.technologies, posting.technologies),
    ...list(KEYS.contacts, posting.contacts),
    ...list(KEYS.redirectFrom, posting.redirectFrom),
  };
  // Kept-aside keys follow verbatim; one whose name the dialect uses waits under its own mapping.
  const clashing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(posting.extraFrontMatter)) {
    if (DIALECT_KEYS.has(key)) clashing[key] = value;
    else data[key] = value;
  }
  if (Object.keys(clashing).length > 0) data[KEPT_ASIDE_KEY] = clashing;
  return data;
}

/** The whole file: `---`, the YAML front matter, `---`, a blank line and the body verbatim. */
export function postingToMarkdown(posting: ExportablePosting): string {
  const yaml = stringify(frontMatterOf(posting), { lineWidth: 0, aliasDuplicateObjects: false });
  return `---\n${yaml}---\n\n${posting.body}`;
}

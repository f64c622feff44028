import type { RemotePolicy } from "@/lib/db/models";
import type { BodyFacts } from "@/lib/postings/import/body-facts";
import { type Context, entry, readParsed, readText, setAside } from "@/lib/postings/import/context";
import { contractFromRoles, readContract } from "@/lib/postings/import/contract";
import { parseFrenchDate, toDay } from "@/lib/postings/import/french-dates";
import type { ImportedPosting } from "@/lib/postings/import/types";
import { normaliseEmail, normaliseUrl, parseLooseBoolean, parseRemotePolicy } from "@/lib/postings/import/loose-values";
import { contractTypeLabels } from "@/lib/postings/labels";

export type Details = Pick<
  ImportedPosting,
  | "contractType"
  | "contractDetail"
  | "duration"
  | "startDate"
  | "startDateText"
  | "location"
  | "remotePolicy"
  | "remoteDetail"
  | "pay"
  | "contactEmail"
  | "externalUrl"
  | "juniorsWelcome"
>;

/** The front-matter text, else the body fact (reported as a warning): front matter always wins. */
function withBody(context: Context, fromFrontMatter: string | null, fromBody: string | undefined, label: string): string | null {
  if (fromFrontMatter !== null) return fromFrontMatter;
  if (fromBody === undefined) return null;
  context.warnings.push(`${label} dans le texte : ${fromBody}`);
  return fromBody;
}

function readContractFields(context: Context, contractFromType: string | null, facts: BodyFacts, roles: string | null) {
  const written = readText(context, "contract") ?? contractFromType ?? withBody(context, null, facts.contract, "contrat lu");
  if (written !== null) return readContract(written);
  const implied = roles ? contractFromRoles(roles) : null;
  if (implied) context.warnings.push(`contrat déduit du rôle : ${contractTypeLabels[implied].toLowerCase()}`);
  return { contractType: implied, contractDetail: null };
}

function readStart(context: Context, facts: BodyFacts): { startDate: Date | null; startDateText: string | null } {
  const found = entry(context, "startDate");
  if (found?.value instanceof Date) return { startDate: toDay(found.value), startDateText: null };
  const text = readText(context, "startDate") ?? withBody(context, null, facts.start, "date de début lue");
  return { startDate: text === null ? null : parseFrenchDate(text), startDateText: text };
}

function readRemote(context: Context, facts: BodyFacts): { remotePolicy: RemotePolicy | null; remoteDetail: string | null } {
  const found = entry(context, "remote");
  const value = found?.value ?? withBody(context, null, facts.remote, "télétravail lu");
  if (value === undefined || value === null) return { remotePolicy: null, remoteDetail: null };
  const remotePolicy = parseRemotePolicy(value);
  const detail = typeof value === "string" && parseLooseBoolean(value) === null ? value.trim() : null;
  if (remotePolicy === null && detail === null && found) setAside(context, found.key, found.value, "télétravail illisible");
  return { remotePolicy, remoteDetail: detail };
}

function readContact(context: Context, facts: BodyFacts): string | null {
  const found = entry(context, "contact");
  if (found) {
    const email = normaliseEmail(found.value, true);
    if (email) return email;
    setAside(context, found.key, found.value, "adresse de contact illisible");
  }
  return withBody(context, null, facts.contact, "contact lu");
}

/**
 * The way to apply elsewhere: `externalUrl`, else the external form of the archive
 * (`airtable_formulaire`), said in a remark; a form beside another address is kept aside.
 */
function readApplyUrl(context: Context): string | null {
  const url = readParsed(context, "externalUrl", normaliseUrl, "adresse web illisible");
  const form = entry(context, "applicationForm");
  if (!form) return url;
  if (url !== null) {
    setAside(context, form.key, form.value, "formulaire non retenu : le fichier donne déjà une adresse de candidature");
    return url;
  }
  const formUrl = normaliseUrl(form.value);
  if (formUrl === null) setAside(context, form.key, form.value, "adresse du formulaire illisible");
  else context.warnings.push(`candidature par le formulaire externe (« ${form.key} ») : ${formUrl}`);
  return formUrl;
}

/** Contract, dates and practical details, from the front matter first and then the body. */
export function readDetails(context: Context, facts: BodyFacts, roles: string | null, contractFromType: string | null): Details {
  return {
    ...readContractFields(context, contractFromType, facts, roles),
    duration: withBody(context, readText(context, "duration"), facts.duration, "durée lue"),
    ...readStart(context, facts),
    location: withBody(context, readText(context, "location"), facts.location, "lieu lu"),
    ...readRemote(context, facts),
    pay: withBody(context, readText(context, "pay"), facts.pay, "rémunération lue"),
    contactEmail: readContact(context, facts),
    externalUrl: readApplyUrl(context),
    juniorsWelcome: readParsed(context, "juniors", parseLooseBoolean, "valeur oui/non illisible"),
  };
}

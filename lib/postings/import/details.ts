import type { ContractType, RemotePolicy } from "@/lib/db/models";
import type { BodyFacts } from "@/lib/postings/import/body-facts";
import { type Context, entry, readParsed, readText, setAside } from "@/lib/postings/import/context";
import { contractFromRoles, readContract } from "@/lib/postings/import/contract";
import { parseFrenchDate, toDay } from "@/lib/postings/import/french-dates";
import type { ImportedPosting } from "@/lib/postings/import/types";
import { normaliseEmail, normaliseUrl, parseLooseBoolean, parseRemotePolicy } from "@/lib/postings/import/loose-values";
import type { ProseFact, ProseFacts } from "@/lib/postings/import/prose";
import type { ReportedField } from "@/lib/postings/import/sources";
import { contractTypeLabels, remotePolicyLabels } from "@/lib/postings/labels";

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

/** What the body says: its labelled lines ("Contrat : CDD") first, then its sentences. */
export type BodyReading = { facts: BodyFacts; prose: ProseFacts };

const fromFrontMatter = <T>(context: Context, field: ReportedField, value: T | null): T | null => {
  if (value !== null) context.sources[field] = "front-matter";
  return value;
};

/** A labelled line's value (reported as a warning), when the front matter gave none. */
function fromLabelledLine(context: Context, field: ReportedField, value: string | undefined, label: string): string | null {
  if (value === undefined) return null;
  context.warnings.push(`${label} dans le texte : ${value}`);
  context.sources[field] = "prose";
  return value;
}

/** A fact read in a sentence, with the words it was read in, so that a recruiter can check it. */
function fromSentence<T>(context: Context, field: ReportedField, fact: ProseFact<T> | null, label: string, shown: (value: T) => string) {
  if (fact === null) return null;
  context.warnings.push(`${label} dans le texte (« ${fact.words} ») : ${shown(fact.value)}`);
  context.sources[field] = "prose";
  return fact.value;
}

/** Front matter, else labelled line, else sentence: the first that says something wins. */
function readTextField(
  context: Context,
  field: ReportedField,
  text: string | null,
  [labelled, sentence]: [string | undefined, ProseFact<string> | null],
  label: string,
) {
  return (
    fromFrontMatter(context, field, text) ??
    fromLabelledLine(context, field, labelled, label) ??
    fromSentence(context, field, sentence, label, (value) => value)
  );
}

// "CDD", "freelance": abbreviations stay in capitals, words read as words.
const contractWord = (type: ContractType) =>
  /^[A-Z]{2,}$/.test(contractTypeLabels[type]) ? contractTypeLabels[type] : contractTypeLabels[type].toLowerCase();

function readContractFields(context: Context, contractFromType: string | null, body: BodyReading, roles: string | null) {
  const written =
    fromFrontMatter(context, "contract", readText(context, "contract") ?? contractFromType) ??
    fromLabelledLine(context, "contract", body.facts.contract, "contrat lu");
  if (written !== null) return readContract(written);
  const stated = fromSentence(context, "contract", body.prose.contract, "contrat lu", contractWord);
  if (stated) return { contractType: stated, contractDetail: null };
  const implied = roles ? contractFromRoles(roles) : null;
  if (implied) {
    context.warnings.push(`contrat déduit du rôle : ${contractTypeLabels[implied].toLowerCase()}`);
    context.sources.contract = "deduced";
  }
  return { contractType: implied, contractDetail: null };
}

function readStart(context: Context, body: BodyReading): { startDate: Date | null; startDateText: string | null } {
  const found = entry(context, "startDate");
  if (found?.value instanceof Date) {
    context.sources.start = "front-matter";
    return { startDate: toDay(found.value), startDateText: null };
  }
  const text = readTextField(context, "start", readText(context, "startDate"), [body.facts.start, body.prose.start], "date de début lue");
  return { startDate: text === null ? null : parseFrenchDate(text), startDateText: text };
}

function readRemote(context: Context, body: BodyReading): { remotePolicy: RemotePolicy | null; remoteDetail: string | null } {
  const found = entry(context, "remote");
  if (found) context.sources.remote = "front-matter";
  const value = found?.value ?? fromLabelledLine(context, "remote", body.facts.remote, "télétravail lu");
  if (value === undefined || value === null) {
    // A sentence gives the policy; its words stay in the body and in the remark, not in the detail.
    const policy = fromSentence(context, "remote", body.prose.remote, "télétravail lu", (p) => remotePolicyLabels[p].toLowerCase());
    return { remotePolicy: policy, remoteDetail: null };
  }
  const remotePolicy = parseRemotePolicy(value);
  const detail = typeof value === "string" && parseLooseBoolean(value) === null ? value.trim() : null;
  if (remotePolicy === null && detail === null && found) {
    setAside(context, found.key, found.value, "télétravail illisible");
    delete context.sources.remote;
  }
  return { remotePolicy, remoteDetail: detail };
}

function readContact(context: Context, body: BodyReading): string | null {
  const found = entry(context, "contact");
  if (found) {
    const email = normaliseEmail(found.value, true);
    if (email) return fromFrontMatter(context, "contact", email);
    setAside(context, found.key, found.value, "adresse de contact illisible");
  }
  return fromLabelledLine(context, "contact", body.facts.contact, "contact lu");
}

function readJuniors(context: Context, body: BodyReading): boolean | null {
  const written = fromFrontMatter(context, "juniors", readParsed(context, "juniors", parseLooseBoolean, "valeur oui/non illisible"));
  if (written !== null) return written;
  return fromSentence(context, "juniors", body.prose.juniors, "ouverture aux débutants lue", (welcome) => (welcome ? "oui" : "non"));
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
export function readDetails(context: Context, body: BodyReading, roles: string | null, contractFromType: string | null): Details {
  return {
    ...readContractFields(context, contractFromType, body, roles),
    duration: readTextField(context, "duration", readText(context, "duration"), [body.facts.duration, body.prose.duration], "durée lue"),
    ...readStart(context, body),
    location: readTextField(context, "place", readText(context, "location"), [body.facts.location, body.prose.place], "lieu lu"),
    ...readRemote(context, body),
    pay: readTextField(context, "pay", readText(context, "pay"), [body.facts.pay, body.prose.pay], "rémunération lue"),
    contactEmail: readContact(context, body),
    externalUrl: fromFrontMatter(context, "externalUrl", readApplyUrl(context)),
    juniorsWelcome: readJuniors(context, body),
  };
}

import { endOfParisDay } from "@/lib/dates/paris";
import type { OrganisationKind } from "@/lib/db/models";
import { extractBodyFacts } from "@/lib/postings/import/body-facts";
import { type Context, entry, readDay, readText, setAside } from "@/lib/postings/import/context";
import { namesKnownContract } from "@/lib/postings/import/contract";
import { readDetails } from "@/lib/postings/import/details";
import { readProseFacts } from "@/lib/postings/import/prose";
import { isDialectFile, parseDialectFile } from "@/lib/postings/import/dialect";
import { decodeContent, readFrontMatter } from "@/lib/postings/import/front-matter";
import { readDomains, readPublishedAt, readSlug, readTechnologies, readTitle } from "@/lib/postings/import/identity";
import { sortKeys, toJsonValue } from "@/lib/postings/import/keys";
import { parseStatusValue } from "@/lib/postings/import/loose-values";
import { organisationKindOfType, resolveOrganisation } from "@/lib/postings/import/organisation";
import { readPlaces } from "@/lib/postings/import/places";
import { dateUndatedFilling, resolveStatus } from "@/lib/postings/import/status";
import { readContacts, readRedirectFrom } from "@/lib/postings/import/team-and-addresses";
import type { ParseOutcome } from "@/lib/postings/import/types";

export { slugify } from "@/lib/text/slug";

/**
 * `type` is either the kind of organisation ("friend") or a contract ("CDD"), depending on
 * the dialect. `statut` sometimes carries the contract too ("statut: fonctionnaire").
 */
function readTypeAndStatusKeys(context: Context) {
  let kindHint: OrganisationKind | null = null;
  let contractFromType: string | null = null;
  const type = entry(context, "type");
  const typeText = readText(context, "type");
  if (type && typeText !== null) {
    kindHint = organisationKindOfType(typeText);
    if (kindHint === null) {
      if (namesKnownContract(typeText)) contractFromType = typeText;
      else setAside(context, type.key, type.value, "valeur de « type » ni organisation ni contrat");
    }
  }
  const status = entry(context, "status");
  if (status && typeof status.value === "string" && parseStatusValue(status.value) === null && namesKnownContract(status.value)) {
    context.known.delete("status");
    if (!context.known.has("contract") && contractFromType === null) {
      contractFromType = status.value;
      context.warnings.push(`« ${status.key} » lu comme le contrat : ${status.value}`);
    } else {
      setAside(context, status.key, status.value, "statut qui décrit un contrat déjà donné");
    }
  }
  return { kindHint, contractFromType };
}

/**
 * Reads one posting file (markdown with YAML front matter, any of the historical dialects)
 * into normalised fields. Pure: no database, no file system.
 */
export function parsePostingFile(fileName: string, content: Buffer): ParseOutcome {
  const decoded = decodeContent(content);
  if (!decoded.ok) return decoded;
  const frontMatter = readFrontMatter(decoded.text);
  if (!frontMatter.ok) return frontMatter;
  const { body } = frontMatter;
  // Exported files say everything in their front matter: read them exactly, guess nothing.
  if (isDialectFile(frontMatter.data)) return parseDialectFile(frontMatter.data, body, frontMatter.duplicateKeys);

  const sorted = sortKeys(frontMatter.data);
  const context: Context = { known: sorted.known, extra: sorted.extra, warnings: [], sources: {} };
  for (const key of frontMatter.duplicateKeys) {
    context.warnings.push(`clé « ${key} » écrite plusieurs fois : la dernière valeur est retenue`);
  }
  context.warnings.push(...sorted.warnings);

  const roles = readText(context, "roles");
  const title = readTitle(context, roles, body);
  if (title === null) {
    return { ok: false, reason: "Ni titre (« title ») ni rôle (« roles ») : impossible de nommer l'offre." };
  }
  const slug = readSlug(context, fileName, title);
  if (slug === "") {
    return { ok: false, reason: `Impossible de fabriquer un identifiant (slug) à partir du titre « ${title} ».` };
  }

  const { kindHint, contractFromType } = readTypeAndStatusKeys(context);
  const { organisation, team } = resolveOrganisation({
    startup: readText(context, "startup"),
    incubator: readText(context, "incubator"),
    friend: readText(context, "friend"),
    team: readText(context, "team"),
    kindHint,
  });
  const details = readDetails(context, { facts: extractBodyFacts(body), prose: readProseFacts(body) }, roles, contractFromType);
  const places = readPlaces(context, details.location);

  const opensAt = readDay(context, "opensAt");
  const closingDay = readDay(context, "closesAt");
  const closesAt = closingDay && endOfParisDay(closingDay);
  if (opensAt) context.sources.opensAt = "front-matter";
  if (closesAt) context.sources.closesAt = "front-matter";
  const publishedAt = readPublishedAt(context, fileName, {
    publishedAt: readDay(context, "publishedAt"),
    date: readDay(context, "date"),
    opensAt,
  });
  const closedAt = readDay(context, "closedAt");
  const status = dateUndatedFilling(
    resolveStatus({
      open: entry(context, "open"),
      status: entry(context, "status"),
      filled: entry(context, "filled"),
      filledAt: readDay(context, "filledAt"),
      closedAt,
    }),
    { closedAt, closesAt, publishedAt },
  );
  context.warnings.push(...status.warnings);

  const domains = readDomains(context, roles, title);
  const technologies = readTechnologies(context, body);
  const contacts = readContacts(context);
  const redirectFrom = readRedirectFrom(context);
  const extraFrontMatter = toJsonValue(context.extra) as Record<string, unknown>;

  return {
    ok: true,
    posting: {
      slug,
      title,
      roles,
      organisation,
      team,
      ...details,
      domains,
      technologies,
      status: status.status,
      publishedAt,
      opensAt,
      closesAt,
      closedAt: status.closedAt,
      filledAt: status.filledAt,
      body,
      places,
      contacts,
      redirectFrom,
      extraFrontMatter,
    },
    warnings: context.warnings,
    sources: context.sources,
    extraKeys: Object.keys(extraFrontMatter),
  };
}

import { domainLabels } from "@/lib/postings/labels";
import { Domain } from "@/lib/db/models";
import { leadingTitle } from "@/lib/postings/import/body-facts";
import { type Context, entry, readText, setAside } from "@/lib/postings/import/context";
import { domainOfValue, inferDomains } from "@/lib/postings/import/domains";
import { isoDay, parseJekyllFileName } from "@/lib/postings/import/french-dates";
import { canonicalTechnology, dedupe, detectTechnologies } from "@/lib/postings/import/technologies";
import { asList, asText, capitalise } from "@/lib/postings/import/text";
import { slugify } from "@/lib/text/slug";

/** Title from the front matter, else the body's title-like h1, else the roles. */
export function readTitle(context: Context, roles: string | null, body: string): string | null {
  const listed = entry(context, "title");
  // `titles: [a, b]`: the first is the title, the others are kept aside, not joined into one.
  if (listed && Array.isArray(listed.value) && listed.value.length > 1) {
    const [first, ...others] = listed.value;
    const title = asText(first);
    if (title) {
      setAside(context, listed.key, others, `plusieurs intitulés : « ${title} » retenu, les autres`);
      context.known.delete("title");
      return title;
    }
  }
  const written = readText(context, "title");
  if (written) {
    context.sources.title = "front-matter";
    return written;
  }
  const heading = leadingTitle(body);
  if (heading) {
    context.warnings.push(`titre lu dans le texte : ${heading}`);
    context.sources.title = "prose";
    return heading;
  }
  if (roles) {
    const title = capitalise(roles);
    context.warnings.push(`titre tiré du rôle : ${title}`);
    context.sources.title = "deduced";
    return title;
  }
  return null;
}

/** Slug from the front matter, else the Jekyll file name, else the title. "" when none can be made. */
export function readSlug(context: Context, fileName: string, title: string): string {
  const written = readText(context, "slug");
  if (written) {
    const slug = slugify(written);
    if (slug !== written) context.warnings.push(`identifiant « ${written} » corrigé en « ${slug} »`);
    if (slug) return slug;
  }
  const jekyll = parseJekyllFileName(fileName);
  if (jekyll) {
    const slug = slugify(jekyll.slug);
    if (slug) {
      context.warnings.push(`identifiant tiré du nom du fichier : ${slug}`);
      return slug;
    }
  }
  return slugify(title);
}

/** publishedAt from published_date, else date, else the Jekyll file name, else opensAt. */
export function readPublishedAt(
  context: Context,
  fileName: string,
  dates: { publishedAt: Date | null; date: Date | null; opensAt: Date | null },
): Date | null {
  if (dates.publishedAt ?? dates.date) return dates.publishedAt ?? dates.date;
  const jekyll = parseJekyllFileName(fileName);
  if (jekyll) {
    context.warnings.push(`date de publication tirée du nom du fichier : ${isoDay(jekyll.date)}`);
    return jekyll.date;
  }
  return dates.opensAt;
}

// Domains in the order the model declares them, whatever order the file lists them in.
const DOMAIN_ORDER = Object.values(Domain);

/** Domains from the `domaines` key, else inferred from the roles and the title. */
export function readDomains(context: Context, roles: string | null, title: string): Domain[] {
  const found = entry(context, "domains");
  if (found) {
    const domains = new Set<Domain>();
    for (const value of asList(found.value)) {
      const domain = domainOfValue(value);
      if (domain === null) context.warnings.push(`domaine inconnu « ${value} » : classé dans « autre »`);
      domains.add(domain ?? "OTHER");
    }
    if (domains.size > 0) {
      context.sources.domains = "front-matter";
      return DOMAIN_ORDER.filter((domain) => domains.has(domain));
    }
  }
  const inferred = inferDomains([roles, title]);
  if (inferred.length > 0) context.sources.domains = "deduced";
  if (inferred.length === 0) context.warnings.push("aucun domaine trouvé dans le rôle ni le titre");
  else context.warnings.push(`domaines déduits du rôle et du titre : ${inferred.map((d) => domainLabels[d]).join(", ")}`);
  return inferred;
}

/** Technologies from the front matter (canonical spelling), else detected in the body. */
export function readTechnologies(context: Context, body: string): string[] {
  const found = entry(context, "technologies");
  if (found) {
    const names = dedupe(asList(found.value).map(canonicalTechnology));
    if (names.length > 0) {
      context.sources.technologies = "front-matter";
      return names;
    }
  }
  const detected = detectTechnologies(body);
  if (detected.length > 0) context.sources.technologies = "prose";
  return detected;
}

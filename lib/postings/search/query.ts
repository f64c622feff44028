import "server-only";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { areaOf } from "@/lib/places/communes";
import { findPostingPage, PAGE_SIZE, type PostingPage } from "@/lib/postings/queries";
import { openWhere, publicWhere } from "@/lib/postings/visibility";
import type { PostingFilters } from "./filters";
import { searchWords } from "@/lib/text/normalise";
import { queryWords } from "./text";

/** Open postings (the home page), or the archive of closed and filled ones. */
export type SearchScope = "open" | "archive";

function scopeWhere(scope: SearchScope, now: Date): Prisma.PostingWhereInput {
  if (scope === "open") return openWhere(now);
  // Public but no longer open: closed (filled ones are closed too) or past their closing date.
  return {
    AND: [publicWhere(now), { OR: [{ status: "CLOSED" }, { closesAt: { lte: now } }] }],
  };
}

const AREA_COLUMN = { commune: "inseeCode", departement: "departementCode", region: "regionCode" } as const;

/**
 * A commune, a département or a région ("Rennes", "Ille-et-Vilaine" or "35", "Bretagne") is
 * matched through the postings' communes (indexed columns); the place's words only for the
 * postings without communes ("Bretagne" written as such). Anything else, as words of the place.
 */
function placeWhere(text: string): Prisma.PostingWhereInput | null {
  const words = searchWords(text);
  const byWords: Prisma.PostingWhereInput | null = words ? { searchLocation: { contains: ` ${words}` } } : null;
  const area = areaOf(text);
  if (!area) return byWords;
  const byArea = { places: { some: { [AREA_COLUMN[area.kind]]: area.code } } };
  return byWords ? { OR: [byArea, { AND: [{ places: { none: {} } }, byWords] }] } : byArea;
}

/**
 * Each filter narrows the result (AND). Words match the start of a word of the normalised
 * search columns, through Prisma's parameterised `contains`: the same on SQLite and
 * PostgreSQL, and nothing a visitor types reaches SQL as SQL.
 */
export function filtersWhere(filters: PostingFilters): Prisma.PostingWhereInput[] {
  const where: Prisma.PostingWhereInput[] = [];
  for (const word of queryWords(filters.q ?? "")) where.push({ searchText: { contains: ` ${word}` } });
  if (filters.organisation) {
    // An incubator includes its start-ups.
    where.push({
      OR: [{ organisation: { slug: filters.organisation } }, { organisation: { parent: { slug: filters.organisation } } }],
    });
  }
  if (filters.domain) where.push({ domains: { some: { domain: filters.domain } } });
  if (filters.contract) where.push({ contractType: filters.contract });
  const place = filters.location ? placeWhere(filters.location) : null;
  if (place) where.push(place);
  if (filters.remote === "possible") where.push({ remotePolicy: { in: ["PARTIAL", "FULL"] } });
  if (filters.remote === "complet") where.push({ remotePolicy: "FULL" });
  if (filters.juniors) where.push({ juniorsWelcome: true });
  return where;
}

export type SearchOptions = { scope?: SearchScope; page?: number; pageSize?: number; now?: Date };

/** One page of the postings matching the filters, newest first. A page past the end is empty. */
export function searchPostings(filters: PostingFilters, options: SearchOptions = {}): Promise<PostingPage> {
  const { scope = "open", page = 1, pageSize = PAGE_SIZE, now = new Date() } = options;
  return findPostingPage({ AND: [scopeWhere(scope, now), ...filtersWhere(filters)] }, page, pageSize);
}

// "Équipe" sorts with "Equipe", not after "Z" as a byte order would put it.
const frenchOrder = new Intl.Collator("fr", { sensitivity: "base" });

export type OrganisationOption = { slug: string; label: string };

/**
 * The organisations the search form offers: incubators, teams and partners at the top of
 * the tree with a public posting of their own or of one of their start-ups (choosing an
 * incubator includes its start-ups), plus the organisation already chosen, if any. Start-ups
 * are found by name in the keywords, or through the link on each posting: listing hundreds
 * of them would weigh more than the rest of the home page (docs/decisions/0005-search-and-cached-home.md).
 */
export async function listFilterOrganisations(selected?: string, now = new Date()): Promise<OrganisationOption[]> {
  const db = await getDb();
  const withPostings = { postings: { some: publicWhere(now) } };
  const organisations = await db.organisation.findMany({
    where: {
      OR: [{ parentId: null, OR: [withPostings, { children: { some: withPostings } }] }, ...(selected ? [{ slug: selected }] : [])],
    },
    select: { slug: true, name: true, parent: { select: { name: true } } },
  });
  return organisations
    .map(({ slug, name, parent }) => ({ slug, label: parent ? `${name} (${parent.name})` : name }))
    .sort((a, b) => frenchOrder.compare(a.label, b.label));
}

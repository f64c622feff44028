import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import type { ExportablePosting } from "@/lib/postings/export/markdown";

const INCLUDE = {
  organisation: { select: { name: true, kind: true, parent: { select: { name: true, kind: true } } } },
  domains: { select: { domain: true } },
  technologies: { select: { name: true } },
  places: { select: { inseeCode: true }, orderBy: { position: "asc" } },
  redirects: { select: { path: true }, orderBy: { path: "asc" } },
} satisfies Prisma.PostingInclude;

export type LoadedPosting = Prisma.PostingGetPayload<{ include: typeof INCLUDE }>;

function parseJson<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

export function toExportable(posting: LoadedPosting): ExportablePosting {
  return {
    ...posting,
    domains: posting.domains.map((d) => d.domain),
    // The table has no order: names sorted, so an export is the same from one run to the next.
    technologies: posting.technologies.map((t) => t.name).sort((a, b) => a.localeCompare(b, "fr")),
    places: posting.places.map((p) => p.inseeCode),
    contacts: parseJson<string[]>(posting.contacts, []),
    redirectFrom: posting.redirects.map((r) => r.path),
    extraFrontMatter: parseJson<Record<string, unknown>>(posting.extraFrontMatter, {}),
  };
}

/** Postings with what the serializer needs, by slug order; `where` narrows them (one organisation, ids). */
export async function loadExportablePostings(db: Db, where: Prisma.PostingWhereInput = {}): Promise<LoadedPosting[]> {
  return db.posting.findMany({ where, include: INCLUDE, orderBy: { slug: "asc" } });
}

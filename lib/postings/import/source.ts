// Which posting a file is: the one that came from the same file (Posting.sourceFile), else a new
// one, under a slug no other posting holds. Two files that make the same slug are two postings;
// two files with the same bytes are one posting written twice, and the second is refused.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/db/models";
import { MAX_SLUG_LENGTH, slugify } from "@/lib/text/slug";

type Tx = Prisma.TransactionClient;

export function sourceHashOf(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** What one batch has written so far: slugs and contents, each with the file that has it. */
export type Batch = { slugs: Map<string, string>; hashes: Map<string, string>; files: Set<string> };

export const newBatch = (): Batch => ({ slugs: new Map(), hashes: new Map(), files: new Set() });

export type SourceIdentity = {
  /** The path inside the folder imported (the upload's name, the path in the repository). */
  sourceFile: string;
  sourceHash: string;
  /** The Jekyll date of the file name, else the publication day: the first way to tell slugs apart. */
  day: Date | null;
  organisationSlug: string;
};

export type Placement =
  | { ok: true; existing: { id: string; slug: string; organisationId: string } | null; slug: string; warnings: string[] }
  | { ok: false; reason: string };

const basename = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * The posting imported from this file before, in the same organisation: a path names a file
 * inside one team's folder, and another organisation's "offre.md" is another posting (never
 * updated, nor refused, because of a name it happens to share). Rows written before paths were
 * kept hold the basename.
 */
async function postingOfFile(tx: Tx, sourceFile: string, organisationId: string) {
  const select = { id: true, slug: true, organisationId: true } as const;
  const exact = await tx.posting.findFirst({ where: { sourceFile, organisationId }, select });
  if (exact || basename(sourceFile) === sourceFile) return exact;
  return tx.posting.findFirst({ where: { sourceFile: basename(sourceFile), organisationId }, select });
}

/** The slugs to try, in order: readable first, then a counter; each fits in a slug. */
export function slugCandidates(base: string, identity: Pick<SourceIdentity, "day" | "organisationSlug">): string[] {
  const month = identity.day ? identity.day.toISOString().slice(0, 7) : null;
  const suffixes = [month, identity.organisationSlug, month && identity.organisationSlug ? `${identity.organisationSlug}-${month}` : null];
  const readable = [...new Set(suffixes.filter((suffix): suffix is string => Boolean(suffix)))];
  const withSuffix = (suffix: string) => `${slugify(base, MAX_SLUG_LENGTH - suffix.length - 1)}-${suffix}`;
  const last = readable.at(-1) ?? "";
  return [base, ...readable.map(withSuffix), ...Array.from({ length: 98 }, (_, n) => withSuffix(last ? `${last}-${n + 2}` : `${n + 2}`))];
}

/**
 * Finds the posting of `identity.sourceFile` (its slug is kept) or a free slug for a new one.
 * Refuses a file already read in this batch, and a real duplicate: the same bytes as another
 * file of the batch, or as a posting that came from another file.
 */
export async function placePosting(
  tx: Tx,
  base: string,
  identity: SourceIdentity,
  batch: Batch,
  /** The organisation the file's posting belongs to. */
  organisationId: string,
  /** Whether the importer may learn the file of a posting of this organisation (admin import). */
  mayName: (organisationId: string) => boolean = () => true,
): Promise<Placement> {
  const { sourceFile, sourceHash } = identity;
  if (batch.files.has(sourceFile)) return { ok: false, reason: `le fichier « ${sourceFile} » est déjà dans ce lot` };
  // No hash (a posting saved by name alone: tests, the bench) has no duplicate to find.
  const sameBytes = sourceHash ? batch.hashes.get(sourceHash) : undefined;
  if (sameBytes) return { ok: false, reason: `même contenu que ${sameBytes} dans ce lot` };

  const existing = await postingOfFile(tx, sourceFile, organisationId);
  const twin = sourceHash
    ? await tx.posting.findFirst({
        where: { sourceHash, sourceFile: { not: null }, ...(existing ? { id: { not: existing.id } } : {}) },
        select: { sourceFile: true, organisationId: true },
      })
    : null;
  if (twin?.sourceFile && twin.sourceFile !== sourceFile) {
    const reason = mayName(twin.organisationId) ? `même contenu que ${twin.sourceFile}` : "même contenu qu'une offre déjà enregistrée";
    return { ok: false, reason };
  }
  if (existing) return { ok: true, existing, slug: existing.slug, warnings: [] };

  for (const slug of slugCandidates(base, identity)) {
    const inBatch = batch.slugs.get(slug);
    const holder = inBatch ? null : await tx.posting.findUnique({ where: { slug }, select: { id: true } });
    if (inBatch || holder) continue;
    if (slug === base) return { ok: true, existing: null, slug, warnings: [] };
    const takenBy = batch.slugs.has(base) ? `${batch.slugs.get(base)} dans ce lot` : "une offre déjà enregistrée";
    return {
      ok: true,
      existing: null,
      slug,
      warnings: [`identifiant « ${base} » déjà pris par ${takenBy} : offre enregistrée sous « ${slug} »`],
    };
  }
  return { ok: false, reason: `aucun identifiant libre à partir de « ${base} »` };
}

/** Remembers what a saved file holds, for the files after it in the batch. */
export function recordInBatch(batch: Batch, identity: SourceIdentity, slug: string): void {
  batch.files.add(identity.sourceFile);
  if (identity.sourceHash) batch.hashes.set(identity.sourceHash, identity.sourceFile);
  batch.slugs.set(slug, identity.sourceFile);
}

import type { Db } from "@/lib/db/client";
import type { OrganisationKind, Prisma } from "@/lib/db/models";
import { placesOfCodes, writePostingPlaces } from "@/lib/postings/places";
import { postingSearchColumns } from "@/lib/postings/search/text";
import { slugify } from "@/lib/text/slug";
import { type Batch, newBatch, placePosting, recordInBatch, type SourceIdentity } from "./source";
import type { ImportedPosting, OrganisationRef } from "./types";

type Tx = Prisma.TransactionClient;

/**
 * Rights of the person importing from the admin area: the organisations they may write.
 * Unless it may create organisations (admins), they must exist already; a file may neither create an offer
 * in nor take over an offer of an organisation the person may not write.
 */
export type ImportGuard = {
  createOrganisations: boolean;
  canWrite: (organisationId: string) => boolean;
  onSaved?: (tx: Tx, saved: { id: string; slug: string; title: string; organisationId: string; outcome: SaveOutcome }) => Promise<void>;
};

async function existingOrganisationId(tx: Tx, ref: OrganisationRef): Promise<string> {
  const found = await tx.organisation.findUnique({ where: { slug: slugify(ref.name) }, select: { id: true } });
  if (!found) throw new Error(`organisation inconnue : « ${ref.name} » (un administrateur peut la créer en important ce fichier)`);
  return found.id;
}

async function findOrCreateOrganisation(tx: Tx, name: string, kind: OrganisationKind, parentId: string | null): Promise<string> {
  const slug = slugify(name);
  const existing = await tx.organisation.findUnique({ where: { slug }, select: { id: true, parentId: true } });
  if (!existing) {
    const created = await tx.organisation.create({ data: { slug, name, kind, parentId }, select: { id: true } });
    return created.id;
  }
  // A file that names the incubator of a known start-up completes it; it never moves it.
  if (parentId && !existing.parentId && parentId !== existing.id) {
    await tx.organisation.update({ where: { id: existing.id }, data: { parentId } });
  }
  return existing.id;
}

async function organisationId(tx: Tx, ref: OrganisationRef): Promise<string> {
  const parentId = ref.parent ? await findOrCreateOrganisation(tx, ref.parent.name, ref.parent.kind, null) : null;
  return findOrCreateOrganisation(tx, ref.name, ref.kind, parentId);
}

export type SaveOutcome = "created" | "updated";

export type SaveResult = { outcome: SaveOutcome; slug: string; warnings: string[] } | { outcome: "rejected"; reason: string };

/** A file's identity; a bare name (tests, the bench) stands for a file whose bytes nobody hashed. */
export type SaveSource = string | Omit<SourceIdentity, "organisationSlug">;

function identityOf(source: SaveSource, posting: ImportedPosting & { organisation: OrganisationRef }): SourceIdentity {
  const given = typeof source === "string" ? { sourceFile: source, sourceHash: "", day: posting.publishedAt } : source;
  return { ...given, organisationSlug: slugify(posting.organisation.name) };
}

/**
 * The posting's old addresses: each path not already another posting's, the ones the file no
 * longer lists removed. Returns the remarks on paths left to their owner.
 */
async function writeRedirects(tx: Tx, postingId: string, paths: string[]): Promise<string[]> {
  const warnings: string[] = [];
  await tx.postingRedirect.deleteMany({ where: { postingId, path: { notIn: paths } } });
  for (const path of paths) {
    const owner = await tx.postingRedirect.findUnique({
      where: { path },
      select: { postingId: true, posting: { select: { slug: true } } },
    });
    if (owner && owner.postingId !== postingId) {
      warnings.push(`ancienne adresse « ${path} » déjà celle de l'offre « ${owner.posting.slug} » : laissée à celle-ci`);
    } else if (!owner) {
      await tx.postingRedirect.create({ data: { path, postingId } });
    }
  }
  return warnings;
}

/** A file refused for what it is (a duplicate, no free slug): the transaction is rolled back. */
class Refused extends Error {}

/**
 * Writes one imported posting: the one that came from the same file, else a new one under a
 * free slug (lib/postings/import/source.ts); its organisation (found or created), fields,
 * domains, technologies and old addresses, all in one transaction so that nothing is half-written.
 */
export async function saveImportedPosting(
  db: Db,
  posting: ImportedPosting & { organisation: OrganisationRef },
  source: SaveSource,
  guard?: ImportGuard,
  batch: Batch = newBatch(),
): Promise<SaveResult> {
  // places are written by their own step below the posting.
  const { organisation, domains, technologies, extraFrontMatter, places, redirectFrom, contacts, slug: base, ...fields } = posting;
  const identity = identityOf(source, posting);
  const result = await db
    .$transaction(async (tx): Promise<SaveResult> => {
      const ownerId =
        guard && !guard.createOrganisations ? await existingOrganisationId(tx, organisation) : await organisationId(tx, organisation);
      const placement = await placePosting(tx, base, identity, batch, ownerId, guard?.canWrite);
      // Thrown, not returned: an organisation just created for this file must not stay behind.
      if (!placement.ok) throw new Refused(placement.reason);
      const { existing, slug } = placement;
      const data = {
        ...fields,
        slug,
        organisationId: ownerId,
        extraFrontMatter: JSON.stringify(extraFrontMatter),
        contacts: JSON.stringify(contacts),
        sourceFile: identity.sourceFile,
        sourceHash: identity.sourceHash || null,
        ...postingSearchColumns({ ...fields, technologies, organisation }),
      };
      if (guard && (!guard.canWrite(data.organisationId) || (existing && !guard.canWrite(existing.organisationId)))) {
        throw new Error("vous ne pouvez pas publier pour cette organisation");
      }
      const saved = existing
        ? await tx.posting.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
        : await tx.posting.create({ data });
      await tx.postingDomain.deleteMany({ where: { postingId: saved.id } });
      await tx.postingTechnology.deleteMany({ where: { postingId: saved.id } });
      await tx.postingDomain.createMany({ data: domains.map((domain) => ({ postingId: saved.id, domain })) });
      await tx.postingTechnology.createMany({ data: technologies.map((name) => ({ postingId: saved.id, name })) });
      await writePostingPlaces(tx, saved.id, placesOfCodes(places, posting.location));
      const redirectWarnings = await writeRedirects(tx, saved.id, redirectFrom ?? []);
      const outcome = existing ? "updated" : "created";
      await guard?.onSaved?.(tx, { id: saved.id, slug: saved.slug, title: saved.title, organisationId: saved.organisationId, outcome });
      return { outcome, slug, warnings: [...placement.warnings, ...redirectWarnings] };
    })
    .catch((error: unknown): SaveResult => {
      if (error instanceof Refused) return { outcome: "rejected", reason: error.message };
      throw error;
    });
  if (result.outcome !== "rejected") recordInBatch(batch, identity, result.slug);
  return result;
}

import type { Db } from "@/lib/db/client";
import type { OrganisationKind, Prisma } from "@/lib/db/models";
import { placesOfCodes, writePostingPlaces } from "@/lib/postings/places";
import { postingSearchColumns } from "@/lib/postings/search/text";
import { slugify } from "@/lib/text/slug";
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

/**
 * Writes one imported posting, keyed by slug: its organisation (found or created), its
 * fields, domains and technologies, all in one transaction so that nothing is half-written.
 */
export async function saveImportedPosting(
  db: Db,
  posting: ImportedPosting & { organisation: OrganisationRef },
  sourceFile: string,
  guard?: ImportGuard,
): Promise<SaveOutcome> {
  // places and redirectFrom are written by their own steps below the posting.
  const { organisation, domains, technologies, extraFrontMatter, places, redirectFrom, contacts, ...fields } = posting;
  return db.$transaction(async (tx) => {
    const data = {
      ...fields,
      organisationId:
        guard && !guard.createOrganisations ? await existingOrganisationId(tx, organisation) : await organisationId(tx, organisation),
      extraFrontMatter: JSON.stringify(extraFrontMatter),
      contacts: JSON.stringify(contacts),
      sourceFile,
      ...postingSearchColumns({ ...fields, technologies, organisation }),
    };
    const existing = await tx.posting.findUnique({ where: { slug: posting.slug }, select: { id: true, organisationId: true } });
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
    const outcome = existing ? "updated" : "created";
    await guard?.onSaved?.(tx, { id: saved.id, slug: saved.slug, title: saved.title, organisationId: saved.organisationId, outcome });
    return outcome;
  });
}

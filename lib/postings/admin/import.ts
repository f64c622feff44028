import "server-only";
// Import from the admin area: the command line's importer, with the importer's rights
// checked per file and one audit event per imported offer, in the offer's transaction.
import { recordAudit } from "@/lib/audit/record";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { importUploadedPostings, type FileReport } from "@/lib/postings/import/run";

export const MAX_IMPORT_FILES = 50;
export const MAX_IMPORT_FILE_BYTES = 512 * 1024;

export type UploadedFile = { name: string; content: Buffer };

export async function importPostingsAsActor(
  actor: Actor | null,
  files: UploadedFile[],
  defaultOrganisationId?: string,
): Promise<FileReport[]> {
  assertCan(actor, "postings:write");
  const db = await getDb();
  let defaultOrganisation;
  if (defaultOrganisationId) {
    assertCan(actor, "postings:write", defaultOrganisationId);
    const found = await db.organisation.findUnique({ where: { id: defaultOrganisationId }, select: { name: true, kind: true } });
    if (found) defaultOrganisation = { name: found.name, kind: found.kind };
  }
  return importUploadedPostings(db, files, {
    defaultOrganisation,
    guard: {
      createOrganisations: actor.admin,
      canWrite: (organisationId) => can(actor, "postings:write", organisationId),
      onSaved: (tx, saved) =>
        recordAudit(tx, {
          action: "posting.import",
          actor,
          subject: { type: "posting", id: saved.id, label: saved.title },
          organisationId: saved.organisationId,
          changes: { résultat: saved.outcome === "created" ? "importée" : "mise à jour", adresse: saved.slug },
        }),
    },
  });
}

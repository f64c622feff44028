import "server-only";
// Import from the admin area: the command line's importer, with the importer's rights
// checked per file and one audit event per imported offer, in the offer's transaction.
import type { CommandContext, CommandResult } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { OrganisationKind } from "@/lib/db/models";
import { importUploadedPostings, type FileReport } from "@/lib/postings/import/run";
import { installedRedirectLookup } from "@/lib/postings/redirects/lookup";

export const MAX_IMPORT_FILES = 50;
export const MAX_IMPORT_FILE_BYTES = 512 * 1024;

export type UploadedFile = { name: string; content: Buffer };

export async function importPostingsAsActor(
  { actor, origin }: CommandContext,
  files: UploadedFile[],
  defaultOrganisationId?: string,
): Promise<CommandResult<{ reports: FileReport[] }>> {
  assertCan(actor, "postings:write");
  const db = await getDb();
  let defaultOrganisation: { name: string; kind: OrganisationKind } | undefined;
  if (defaultOrganisationId) {
    assertCan(actor, "postings:write", defaultOrganisationId);
    const found = await db.organisation.findUnique({ where: { id: defaultOrganisationId }, select: { name: true, kind: true } });
    if (found) defaultOrganisation = { name: found.name, kind: found.kind };
  }
  const reports = await importUploadedPostings(db, files, {
    defaultOrganisation,
    guard: {
      createOrganisations: actor.admin,
      canWrite: (organisationId) => can(actor, "postings:write", organisationId),
      onSaved: (tx, saved) =>
        recordAudit(tx, {
          action: "posting.import",
          actor,
          origin,
          subject: { type: "posting", id: saved.id, label: saved.title },
          organisationId: saved.organisationId,
          changes: { résultat: saved.outcome === "created" ? "importée" : "mise à jour", adresse: saved.slug },
        }),
    },
  });
  // The files may bring old addresses: this server reads them again at the next request.
  installedRedirectLookup()?.forget();
  const postings = reports.flatMap((r) => (r.outcome !== "rejected" && r.slug ? [r.slug] : []));
  return { ok: true as const, changed: { postings }, reports };
}

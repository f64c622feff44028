"use server";
import { requireActor } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import type { FileReport } from "@/lib/postings/import/run";
import { revalidatePublicPostings } from "@/lib/postings/revalidate";
import { importPostingsAsActor, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from "./import";
import { logUnexpected } from "@/lib/log/unexpected";

export type ImportState = { reports: FileReport[] | null; message: string | null };

export async function importPostingsAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const files = form.getAll("files").filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return { reports: null, message: "Choisissez au moins un fichier markdown (.md)." };
  if (files.length > MAX_IMPORT_FILES) return { reports: null, message: `${MAX_IMPORT_FILES} fichiers au plus par import.` };
  const tooLarge = files.find((f) => f.size > MAX_IMPORT_FILE_BYTES);
  if (tooLarge) return { reports: null, message: `« ${tooLarge.name} » dépasse ${MAX_IMPORT_FILE_BYTES / 1024} Ko : est-ce bien une offre en markdown ?` };
  const organisationId = String(form.get("organisationId") ?? "") || undefined;
  try {
    const actor = await requireActor().catch(() => null);
    const uploaded = await Promise.all(files.map(async (f) => ({ name: f.name, content: Buffer.from(await f.arrayBuffer()) })));
    const reports = await importPostingsAsActor(actor, uploaded, organisationId);
    revalidatePublicPostings(reports.flatMap((r) => (r.outcome !== "rejected" && r.slug ? [r.slug] : [])));
    return { reports, message: null };
  } catch (error) {
    if (error instanceof Forbidden) return { reports: null, message: error.message };
    await logUnexpected(error, "admin : l'import a échoué");
    return { reports: null, message: "Une erreur inattendue a interrompu l'import. Réessayez." };
  }
}

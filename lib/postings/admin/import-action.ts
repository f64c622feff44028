"use server";
// The admin import, one command through the back office's one door (lib/admin/boundary.ts).
import { z } from "zod";
import { adminFormAction } from "@/lib/admin/boundary";
import type { FormState } from "@/lib/admin/form-state";
import type { FileReport } from "@/lib/postings/import/run";
import { importPostingsAsActor, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILES } from "./import";

export type ImportReports = FileReport[];

const uploads = z
  .array(z.instanceof(File))
  .transform((files) => files.filter((f) => f.size > 0))
  .refine((files) => files.length > 0, "Choisissez au moins un fichier markdown (.md).")
  .refine((files) => files.length <= MAX_IMPORT_FILES, `${MAX_IMPORT_FILES} fichiers au plus par import.`)
  .superRefine((files, context) => {
    const tooLarge = files.find((f) => f.size > MAX_IMPORT_FILE_BYTES);
    if (tooLarge)
      context.addIssue({
        code: "custom",
        message: `« ${tooLarge.name} » dépasse ${MAX_IMPORT_FILE_BYTES / 1024} Ko : est-ce bien une offre en markdown ?`,
      });
  });

export async function importPostingsAction(previous: FormState<ImportReports>, form: FormData): Promise<FormState<ImportReports>> {
  return adminFormAction(
    {
      name: "import d'offres",
      schema: z.object({ files: uploads, organisationId: z.string().transform((v) => v || undefined) }),
      read: (form) => ({
        files: form.getAll("files").filter((f) => f instanceof File),
        organisationId: String(form.get("organisationId") ?? ""),
      }),
      shown: ({ organisationId }) => ({ organisationId }),
      run: async (context, { files, organisationId }) => {
        const uploaded = await Promise.all(files.map(async (f) => ({ name: f.name, content: Buffer.from(await f.arrayBuffer()) })));
        return importPostingsAsActor(context, uploaded, organisationId);
      },
      done: ({ reports }) => ({ message: "Import terminé.", data: reports }),
    },
    previous,
    form,
  );
}

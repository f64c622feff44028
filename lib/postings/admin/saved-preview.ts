import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { PublicPosting } from "@/lib/postings/queries";
import { formValuesOf } from "./form-values";
import { previewFromForm } from "./preview";
import { getAdminPosting } from "./queries";

/**
 * The saved version of a posting as its public page will show it, for the admin's preview
 * page; null when the posting does not exist or `actor` may not read it (getAdminPosting
 * checks, before anything about its organisation is read).
 */
export async function savedPostingPreview(actor: Actor | null, id: string): Promise<{ id: string; preview: PublicPosting } | null> {
  const posting = await getAdminPosting(actor, id);
  if (!posting) return null;
  const organisation = await (await getDb()).organisation.findUniqueOrThrow({
    where: { id: posting.organisationId },
    select: { slug: true, name: true, kind: true, parent: { select: { slug: true, name: true, kind: true } } },
  });
  return { id: posting.id, preview: previewFromForm(formValuesOf(posting), organisation) };
}

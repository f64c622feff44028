import "server-only";
import { getDb } from "@/lib/db/client";
import { isOpen, publicWhere } from "@/lib/postings/visibility";

export type ApplicationTarget = {
  id: string;
  slug: string;
  title: string;
  organisationName: string;
  /** Open to the form: open, and not applied to on the team's own site. */
  acceptsForm: boolean;
  open: boolean;
};

/** The posting a form page is for, as the public sees it; null for drafts and unknown slugs. */
export async function getApplicationTarget(slug: string, now = new Date()): Promise<ApplicationTarget | null> {
  const db = await getDb();
  const posting = await db.posting.findFirst({
    where: { slug, ...publicWhere(now) },
    select: {
      id: true,
      slug: true,
      title: true,
      externalUrl: true,
      status: true,
      publishedAt: true,
      closesAt: true,
      organisation: { select: { name: true } },
    },
  });
  if (!posting) return null;
  const open = isOpen(posting, now);
  return {
    id: posting.id,
    slug: posting.slug,
    title: posting.title,
    organisationName: posting.organisation.name,
    open,
    acceptsForm: open && !posting.externalUrl,
  };
}

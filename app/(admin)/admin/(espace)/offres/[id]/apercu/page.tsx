import { Notice } from "@codegouvfr/react-dsfr/Notice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostingView } from "@/components/postings/PostingView";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { getAdminPosting } from "@/lib/postings/admin/queries";
import { getDb } from "@/lib/db/client";
import { previewFromForm } from "@/lib/postings/admin/preview";
import { formValuesOf } from "@/lib/postings/admin/form-values";

export const metadata = { title: "Aperçu d'une offre" };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPostingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/offres/${encodeURIComponent(id)}/apercu`);
  const posting = await getAdminPosting(actor, id);
  if (!posting) notFound();
  const organisation = await (await getDb()).organisation.findUniqueOrThrow({
    where: { id: posting.organisationId },
    select: { slug: true, name: true, kind: true, parent: { select: { slug: true, name: true, kind: true } } },
  });
  return (
    <>
      <Notice className="fr-mb-3w" title="Aperçu : voici l'offre telle que les candidats la verront une fois publiée." />
      <p>
        <Link href={`/admin/offres/${posting.id}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Revenir à l'offre
        </Link>
      </p>
      <PostingView posting={previewFromForm(formValuesOf(posting), organisation)} />
    </>
  );
}

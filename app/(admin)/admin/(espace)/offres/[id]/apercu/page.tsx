import { Notice } from "@codegouvfr/react-dsfr/Notice";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PostingView } from "@/components/postings/PostingView";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { savedPostingPreview } from "@/lib/postings/admin/saved-preview";

export const metadata = { title: "Aperçu d'une offre" };

type Props = { params: Promise<{ id: string }> };

export default async function PreviewPostingPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/offres/${encodeURIComponent(id)}/apercu`);
  const saved = await savedPostingPreview(actor, id);
  if (!saved) notFound();
  return (
    <>
      <Notice className="fr-mb-3w" title="Aperçu : voici l'offre telle que les candidats la verront une fois publiée." />
      <p>
        <Link href={`/admin/offres/${saved.id}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Revenir à l'offre
        </Link>
      </p>
      <PostingView posting={saved.preview} preview />
    </>
  );
}

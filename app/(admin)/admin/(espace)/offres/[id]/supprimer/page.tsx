import { notFound } from "next/navigation";
import { DeleteDraftForm } from "@/components/admin/DeleteDraftForm";
import { BackLink } from "@/components/layout/BackLink";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { adminStatus, getAdminPosting } from "@/lib/postings/admin/queries";
import { adminPostingPath, deleteDraftPath } from "@/lib/urls/admin";

export const metadata = { title: "Supprimer un brouillon" };

type Props = { params: Promise<{ id: string }> };

// The confirmation of a draft's deletion without JavaScript (with it, a modal asks the same).
export default async function DeleteDraftPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(deleteDraftPath(id));
  const posting = await getAdminPosting(actor, id);
  // Another organisation's offer, one the actor may only read, or no longer a draft: nothing to confirm here.
  if (!posting?.canWrite || adminStatus(posting, new Date()) !== "draft") notFound();
  const back = adminPostingPath(posting.id);
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir au brouillon
      </BackLink>
      <h1>Supprimer ce brouillon ?</h1>
      <p>
        Le brouillon « {posting.title} » sera supprimé définitivement : son texte ne pourra pas être retrouvé. Le journal gardera la trace
        de la suppression.
      </p>
      <DeleteDraftForm id={posting.id} version={posting.version} cancelHref={back} />
    </>
  );
}

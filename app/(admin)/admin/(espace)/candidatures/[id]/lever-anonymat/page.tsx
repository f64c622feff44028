import { notFound } from "next/navigation";
import { RevealExplanation } from "@/components/admin/applications/RevealExplanation";
import { RevealForm } from "@/components/admin/applications/RevealForm";
import { BackLink } from "@/components/layout/BackLink";
import { getApplication } from "@/lib/applications/admin/queries";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { adminApplicationPath, revealApplicationPath } from "@/lib/urls/admin";

export const metadata = { title: "Lever l'anonymat d'une candidature" };

type Props = { params: Promise<{ id: string }> };

// The confirmation of a reveal without JavaScript (with it, a modal asks the same).
export default async function RevealApplicationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(revealApplicationPath(id));
  const application = await getApplication(actor, id);
  // Another organisation's application, one the actor may only read, or one not masked: nothing to confirm here.
  if (!application?.canReveal) notFound();
  const back = adminApplicationPath(application.id);
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir à la candidature
      </BackLink>
      <h1>Lever l'anonymat de « {application.lastName} » ?</h1>
      <RevealExplanation />
      <RevealForm id={application.id} cancelHref={back} />
    </>
  );
}

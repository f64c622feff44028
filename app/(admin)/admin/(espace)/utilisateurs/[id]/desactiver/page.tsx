import { notFound } from "next/navigation";
import { DisableConsequences, DisablePersonForm } from "@/components/admin/users/DisablePersonForm";
import { BackLink } from "@/components/layout/BackLink";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { getPerson } from "@/lib/users/admin";
import { disablePath, personPath } from "@/lib/users/roles";

export const metadata = { title: "Désactiver un compte" };

type Props = { params: Promise<{ id: string }> };

// The confirmation of an account's disabling without JavaScript (with it, a modal asks the same).
export default async function DisablePersonPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(disablePath(id));
  // Someone out of the actor's sight, an account they may not manage, or one already disabled: nothing to confirm here.
  if (!can(actor, "members:manage")) notFound();
  const found = await getPerson(actor, id);
  if (!found?.rights.account || found.person.disabledAt) notFound();
  const { person } = found;
  const back = personPath(person.id);
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir à la fiche
      </BackLink>
      <h1>Désactiver le compte de {person.name} ?</h1>
      <DisableConsequences name={person.name} email={person.email} />
      <DisablePersonForm userId={person.id} cancelHref={back} />
    </>
  );
}

import { PostingForm } from "@/components/admin/posting-form/PostingForm";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { flatOptions } from "@/lib/forms/options";
import { organisationOptions } from "@/lib/organisations/choices";
import { writableOrganisations } from "@/lib/postings/admin/queries";
import { notFound } from "next/navigation";

export const metadata = { title: "Rédiger une offre" };

const TEMPLATE = "## La mission\n\n\n## Le profil recherché\n\n\n## Pour candidater\n\n";

export default async function NewPostingPage() {
  const actor = await requireActorOrSignIn("/admin/offres/nouvelle");
  if (!can(actor, "postings:write")) notFound();
  const organisations = await writableOrganisations(actor);
  return (
    <>
      <h1>Rédiger une offre</h1>
      {organisations.length === 0 ? (
        <p>Aucune organisation ne vous est rattachée : demandez à un administrateur de vous y ajouter.</p>
      ) : (
        <PostingForm
          organisations={organisations}
          initialValues={{ organisationId: flatOptions(organisationOptions(organisations))[0]?.value, body: TEMPLATE }}
        />
      )}
    </>
  );
}

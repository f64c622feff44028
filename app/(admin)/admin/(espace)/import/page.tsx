import { notFound } from "next/navigation";
import { ImportForm } from "@/components/admin/ImportForm";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { organisationOptions } from "@/lib/organisations/choices";
import { writableOrganisations } from "@/lib/postings/admin/queries";

export const metadata = { title: "Importer des offres" };

export default async function ImportPage() {
  const actor = await requireActorOrSignIn("/admin/import");
  if (!can(actor, "postings:write")) notFound();
  const organisations = await writableOrganisations(actor);
  return (
    <>
      <h1>Importer des offres</h1>
      <p>
        Le même import que la commande <code>npm run import</code> : chaque fichier garde tout ce qu'il dit (les clés inconnues sont
        conservées), et importer à nouveau un fichier met à jour l'offre de même adresse. Ce que l'en-tête ne dit pas est lu dans le texte
        quand une phrase l'énonce (contrat, durée, début, lieu, télétravail, rémunération, débutants) : chaque fait lu ainsi est signalé en
        remarque avec les mots d'où il vient.
      </p>
      <ImportForm organisations={organisationOptions(organisations)} />
    </>
  );
}

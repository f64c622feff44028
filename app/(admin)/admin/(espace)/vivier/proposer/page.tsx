import { notFound } from "next/navigation";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { ProposalForm } from "@/components/admin/pool/ProposalForm";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { POOL_PROPOSAL_PATH, poolPath } from "@/lib/pool/filters";
import { previewProposal } from "@/lib/pool/proposal";
import { parseProposalParams, proposalFields } from "@/lib/pool/proposal-params";

export const metadata = { title: "Proposer une offre au vivier" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProposalPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn(POOL_PROPOSAL_PATH);
  if (!can(actor, "applications:write")) notFound();
  const { input, filters } = parseProposalParams(await searchParams);
  const back = poolPath(filters);
  const preview = input.postingId ? await previewProposal(actor, input) : null;
  // Another organisation's offer or candidate answers as an unknown one: the whole proposal is refused.
  if (preview && "error" in preview && preview.error === "not_found") notFound();
  if (!preview || "error" in preview) {
    return (
      <>
        <h1>Proposer une offre au vivier</h1>
        <Alert
          className="fr-mb-3w"
          severity="error"
          small
          description={preview?.message ?? "Choisissez l'offre à proposer dans la liste, sous le tableau du vivier."}
        />
        <a href={back}>Revenir au vivier</a>
      </>
    );
  }
  const { offer, fresh, already } = preview;
  return (
    <>
      <h1>Proposer « {offer.title} »</h1>
      <p>
        Chaque personne reçoit son propre courriel, au nom de {offer.organisation.name} : le titre de l'offre et son lien, la raison de ce
        courriel (son accord pour le vivier, à la date où elle l'a donné) et un lien personnel pour retirer cet accord.
      </p>
      {fresh.length > 0 ? (
        <>
          <h2 className="fr-h5">
            {fresh.length === 1 ? "1 personne va recevoir cette offre" : `${fresh.length} personnes vont recevoir cette offre`}
          </h2>
          <ul>
            {fresh.map((c) => (
              <li key={c.id}>
                {c.firstName} {c.lastName}, accord du {formatDate(c.consentAt)}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Toutes les personnes choisies ont déjà reçu cette offre.</p>
      )}
      {already > 0 && (
        <p>
          {already === 1
            ? "1 personne l'a déjà reçue : elle ne la recevra pas une seconde fois."
            : `${already} personnes l'ont déjà reçue : elles ne la recevront pas une seconde fois.`}
        </p>
      )}
      <ProposalForm fields={proposalFields(input)} count={fresh.length} back={back} />
    </>
  );
}

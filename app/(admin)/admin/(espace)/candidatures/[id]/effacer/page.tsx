import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { notFound } from "next/navigation";
import { ApplicationStatusBadge } from "@/components/admin/applications/ApplicationStatusBadge";
import { eraseCandidateAction } from "@/lib/applications/rights/actions";
import { candidateErasure } from "@/lib/applications/rights/erasure";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { Forbidden } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { BackLink } from "@/components/layout/BackLink";
import { ConfirmButtons } from "@/components/admin/ConfirmButtons";

export const metadata = { title: "Effacer une personne candidate" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: Record<string, string> = {
  refus: "L'effacement n'a pas été fait : vous ne pouvez pas effacer cette candidature, ou elle n'existe plus.",
  inattendue:
    "Une erreur inattendue a empêché l'effacement ; rien n'a été effacé. Réessayez ; si elle persiste, prévenez l'équipe technique.",
};

// A confirmation step, then a plain form: it works without JavaScript.
export default async function ErasurePage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/candidatures/${encodeURIComponent(id)}/effacer`);
  const back = `/admin/candidatures/${encodeURIComponent(id)}`;
  const erasure = await candidateErasure(actor, id).catch((error) => {
    if (error instanceof Forbidden) return "forbidden" as const;
    throw error;
  });
  if (!erasure) notFound();
  // Readers never see the link; whoever forges the address learns nothing more than elsewhere.
  if (erasure === "forbidden") notFound();
  const { erreur } = await searchParams;
  const count = erasure.applications.length;
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir à la candidature
      </BackLink>
      <h1>{erasure.masked ? `Effacer la personne de « ${erasure.lastName} »` : `Effacer ${erasure.firstName} ${erasure.lastName}`}</h1>
      {typeof erreur === "string" && ERRORS[erreur] && <Alert className="fr-mb-3w" small severity="error" description={ERRORS[erreur]} />}
      <p>
        À la demande de la personne (droit à l'effacement), toutes ses candidatures envoyées avec{" "}
        {erasure.masked ? "la même adresse (masquée : lecture à l'aveugle)" : <strong>{erasure.email}</strong>} aux équipes dont vous gérez
        les candidatures seront effacées, avec leurs CV, les notes de l'équipe, leur historique et les courriels qui s'y rapportent.
      </p>
      <h2 className="fr-h5">{count === 1 ? "La candidature effacée" : `Les ${count} candidatures effacées`}</h2>
      <ul>
        {erasure.applications.map((a) => (
          <li key={a.id}>
            {a.posting.title} ({a.posting.organisation.name}), reçue le {formatDate(a.createdAt)}{" "}
            <ApplicationStatusBadge status={a.status} />
          </li>
        ))}
      </ul>
      <Alert
        className="fr-mb-3w"
        small
        severity="warning"
        description="L'effacement est définitif. Le journal gardera qu'un effacement a eu lieu, par qui, quand et combien de candidatures, sans rien sur la personne."
      />
      <form action={eraseCandidateAction}>
        <input type="hidden" name="id" value={id} />
        <ConfirmButtons submit="Effacer définitivement" cancelHref={back} />
      </form>
    </>
  );
}

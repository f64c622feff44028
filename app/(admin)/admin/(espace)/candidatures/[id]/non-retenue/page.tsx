import Link from "next/link";
import { notFound } from "next/navigation";
import { RejectionForm } from "@/components/admin/applications/RejectionForm";
import { getApplication } from "@/lib/applications/admin/queries";
import { isRejectionReason, REJECTION_REASONS, rejectionMailTemplate } from "@/lib/applications/admin/rejection";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { BackLink } from "@/components/layout/BackLink";

export const metadata = { title: "Ne pas retenir une candidature" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Two steps that work without JavaScript: the reason (a GET form, which prefills the mail
// from it), then the mail to read, edit and confirm.
export default async function RejectionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/candidatures/${encodeURIComponent(id)}/non-retenue`);
  const application = await getApplication(actor, id);
  if (!application) notFound();
  const { motif } = await searchParams;
  const reason = isRejectionReason(motif) ? motif : null;
  const back = `/admin/candidatures/${application.id}`;
  const name = application.masked ? `« ${application.lastName} »` : `${application.firstName} ${application.lastName}`;

  if (!application.canWrite || application.status === "REJECTED") {
    return (
      <>
        <h1>Ne pas retenir la candidature de {name}</h1>
        <p>
          {application.canWrite ? "Cette candidature est déjà non retenue." : "Vous pouvez consulter cette candidature, pas la modifier."}
        </p>
        <Link href={back}>Revenir à la candidature</Link>
      </>
    );
  }
  return (
    <>
      <BackLink className="fr-mb-1w" href={back}>
        Revenir à la candidature
      </BackLink>
      <h1>Ne pas retenir la candidature de {name}</h1>
      <p>Poste : {application.posting.title}</p>
      <form method="get" className="fr-mb-4w">
        <div className="fr-select-group">
          <label className="fr-label" htmlFor="motif">
            1. Motif
            <span className="fr-hint-text">Gardé avec la candidature, visible par l'équipe ; le courriel ci-dessous en tient compte.</span>
          </label>
          <select className="fr-select" id="motif" name="motif" defaultValue={reason ?? ""} required>
            <option value="" disabled>
              Choisissez un motif
            </option>
            {Object.entries(REJECTION_REASONS).map(([value, r]) => (
              <option key={value} value={value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={`fr-btn${reason ? " fr-btn--secondary" : ""}`}>
          {reason ? "Changer de motif" : "Préparer le courriel"}
        </button>
      </form>
      {reason && (
        <section aria-labelledby="courriel-titre">
          <h2 id="courriel-titre" className="fr-h4">
            2. Courriel à la candidate ou au candidat
          </h2>
          <RejectionForm
            key={reason}
            id={application.id}
            status={application.status}
            reason={reason}
            to={application.masked ? "la personne candidate (adresse masquée, lecture à l'aveugle)" : application.email}
            template={rejectionMailTemplate(reason, {
              firstName: application.firstName,
              posting: { title: application.posting.title, organisationName: application.posting.organisation.name },
            })}
          />
        </section>
      )}
    </>
  );
}

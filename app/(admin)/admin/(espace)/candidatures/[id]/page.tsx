import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ApplicationHistory } from "@/components/admin/applications/ApplicationHistory";
import { ApplicationStatusBadge } from "@/components/admin/applications/ApplicationStatusBadge";
import { BlindNotice, MaskedCvText } from "@/components/admin/applications/BlindNotice";
import { NoteForm } from "@/components/admin/applications/NoteForm";
import { StatusForm } from "@/components/admin/applications/StatusForm";
import { formatFileSize } from "@/lib/applications/cv";
import { inboxQueryString, parseInboxParams } from "@/lib/applications/admin/filters";
import { getApplication, getMaskedCvText, INBOX_PAGE_SIZE, inboxNeighbours } from "@/lib/applications/admin/queries";
import { rejectionReasonLabel } from "@/lib/applications/admin/rejection";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { formatDate, formatDateTime } from "@/lib/dates/paris";

export const metadata = { title: "Candidature" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt className="fr-text--bold fr-mb-0">{label}</dt>
      <dd className="fr-ml-0 fr-mb-2w">{children}</dd>
    </>
  );
}

const HIDDEN = "Masqués jusqu'à l'entretien (lecture à l'aveugle)";

const linkOrDash = (url: string | null) =>
  url ? (
    <a href={url} rel="noopener noreferrer nofollow" target="_blank" title={`${url} (nouvelle fenêtre)`}>
      {url}
    </a>
  ) : (
    "Non renseigné"
  );

export default async function ApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActorOrSignIn(`/admin/candidatures/${encodeURIComponent(id)}`);
  // Another organisation's application answers as if it did not exist.
  const application = await getApplication(actor, id);
  if (!application) notFound();
  const flags = await searchParams;
  const a = application;
  // The list this application was opened from: its filters and order, kept by every link here.
  const { filters, sort, page } = parseInboxParams(flags);
  const around = await inboxNeighbours(actor, filters, sort, id);
  const pageOf = (position: number | null | undefined) => (position ? Math.ceil(position / INBOX_PAGE_SIZE) : page);
  const position = around?.position ?? null;
  const neighbourHref = (neighbour: string, step: number) =>
    `/admin/candidatures/${neighbour}${inboxQueryString(filters, pageOf(position === null ? null : position + step), sort)}`;
  // A masked application's CV is its cleaned text, read only then (undefined otherwise).
  const cvText = a.masked && a.cv ? await getMaskedCvText(actor, a.id) : undefined;
  const fileKind = a.cv?.mediaType === "application/pdf" ? "PDF" : a.cv?.fileName.split(".").pop()?.toUpperCase();

  return (
    <>
      <nav className="fr-mb-2w" aria-label="Parcourir la liste">
        <ul className="fr-raw-list" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem 1.5rem", alignItems: "center" }}>
          <li>
            <Link
              className="fr-link fr-icon-arrow-left-line fr-link--icon-left"
              href={`/admin/candidatures${inboxQueryString(filters, pageOf(position), sort)}`}
            >
              Retour à la liste
            </Link>
          </li>
          {around?.previous && (
            <li>
              <Link className="fr-link" href={neighbourHref(around.previous, -1)} rel="prev">
                Candidature précédente
              </Link>
            </li>
          )}
          <li>{position ? `${position} sur ${around?.total}` : "Ne correspond plus aux filtres de la liste"}</li>
          {around?.next && (
            <li>
              <Link className="fr-link" href={neighbourHref(around.next, 1)} rel="next">
                Candidature suivante
              </Link>
            </li>
          )}
          <li>
            <Link className="fr-link" href={`/admin/candidatures?offre=${a.posting.id}`}>
              Candidatures à cette offre
            </Link>
          </li>
        </ul>
      </nav>
      <h1>{a.masked ? a.lastName : `${a.firstName} ${a.lastName}`}</h1>
      <p>
        Candidature à <Link href={`/admin/offres/${a.posting.id}`}>{a.posting.title}</Link> ({a.posting.organisation.name}), reçue le{" "}
        {formatDateTime(a.createdAt)}.
        <br />
        Étape : <ApplicationStatusBadge status={a.status} /> depuis le {formatDate(a.statusChangedAt)}
        {a.needsReview && (
          <>
            {" "}
            <Badge as="span" small noIcon severity="info">
              À vérifier : envoyée sans le contrôle anti-robot
            </Badge>
          </>
        )}
      </p>
      {flags.reponse === "envoyee" && (
        <Alert
          className="fr-mb-3w"
          small
          severity="success"
          description="Candidature non retenue ; la réponse part par courriel (voir l'historique)."
        />
      )}
      {flags.reponse === "sans-courriel" && (
        <Alert className="fr-mb-3w" small severity="success" description="Candidature non retenue, sans courriel." />
      )}
      {flags.anonymat === "leve" && !a.masked && (
        <Alert
          className="fr-mb-3w"
          small
          severity="success"
          description="Anonymat levé : l'équipe voit désormais cette candidature en entier."
        />
      )}
      {a.masked && <BlindNotice id={a.id} canReveal={a.canReveal} />}
      {a.duplicates.length > 0 && (
        <section aria-labelledby="doublons-titre" className="fr-callout fr-mb-4w">
          <h2 id="doublons-titre" className="fr-callout__title fr-h6">
            Cette personne a candidaté {a.duplicates.length === 1 ? "une autre fois" : `${a.duplicates.length} autres fois`}
          </h2>
          <ul className="fr-callout__text fr-text--md">
            {a.duplicates.map((d) => (
              <li key={d.id}>
                <Link href={`/admin/candidatures/${d.id}`}>{d.posting.title}</Link>, le {formatDate(d.createdAt)}{" "}
                <ApplicationStatusBadge status={d.status} />{" "}
                <span className="fr-text--sm">
                  ({[d.sameEmail && "même adresse", d.samePhone && "même téléphone"].filter(Boolean).join(", ")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <section aria-labelledby="dossier-titre" className="fr-col-12 fr-col-lg-7">
          <h2 id="dossier-titre" className="fr-h4">
            Dossier
          </h2>
          <dl className="fr-pl-0">
            {a.masked ? (
              <Field label="Coordonnées">{HIDDEN}</Field>
            ) : (
              <>
                <Field label="Adresse électronique">
                  <a href={`mailto:${a.email}`}>{a.email}</a>
                </Field>
                <Field label="Téléphone">{a.phone ? <a href={`tel:${a.phoneKey ?? a.phone}`}>{a.phone}</a> : "Non renseigné"}</Field>
              </>
            )}
            <Field label="CV">
              {a.cv && cvText !== undefined ? (
                <MaskedCvText text={cvText} />
              ) : a.cv ? (
                <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/admin/candidatures/${a.id}/cv`} download>
                  Télécharger le CV <span className="fr-link__detail">{`${fileKind} – ${formatFileSize(a.cv.size)}`}</span>
                </a>
              ) : (
                "Aucun fichier"
              )}
            </Field>
            <Field label="Message">
              <span style={{ whiteSpace: "pre-wrap" }}>{a.message}</span>
            </Field>
            {a.masked ? (
              <Field label="Liens (LinkedIn, GitHub, portfolio)">{HIDDEN}</Field>
            ) : (
              <>
                <Field label="LinkedIn">{linkOrDash(a.linkedinUrl)}</Field>
                <Field label="GitHub ou GitLab">{linkOrDash(a.githubUrl)}</Field>
                <Field label="Portfolio ou site">{linkOrDash(a.portfolioUrl)}</Field>
              </>
            )}
            <Field label="Consentement au traitement">{formatDateTime(a.consentedAt)}</Field>
            <Field label="Vivier (autres offres)">{a.poolConsentAt ? `Accepté le ${formatDate(a.poolConsentAt)}` : "Non"}</Field>
            {a.rejectionReason && <Field label="Motif de refus">{rejectionReasonLabel(a.rejectionReason)}</Field>}
          </dl>
        </section>
        <div className="fr-col-12 fr-col-lg-5">
          <section aria-labelledby="etape-titre" className="fr-mb-4w">
            <h2 id="etape-titre" className="fr-h4">
              Étape
            </h2>
            {a.canWrite ? <StatusForm id={a.id} status={a.status} /> : <p>Vous pouvez consulter cette candidature, pas la modifier.</p>}
          </section>
          <section aria-labelledby="notes-titre" className="fr-mb-4w">
            <h2 id="notes-titre" className="fr-h4">
              Notes de l'équipe
            </h2>
            {a.notes.length === 0 ? (
              <p>Aucune note.</p>
            ) : (
              <ul className="fr-raw-list fr-mb-3w">
                {a.notes.map((n) => (
                  <li key={n.id} className="fr-mb-2w">
                    <p className="fr-text--sm fr-mb-1v">
                      {n.authorLabel}, le <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                    </p>
                    <p className="fr-mb-0" style={{ whiteSpace: "pre-wrap" }}>
                      {n.body}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {a.canWrite && <NoteForm id={a.id} />}
          </section>
        </div>
      </div>
      <section aria-labelledby="historique-titre">
        <h2 id="historique-titre" className="fr-h4">
          Historique
        </h2>
        <ApplicationHistory application={a} />
      </section>
      {a.canErase && (
        <section aria-labelledby="effacement-titre" className="fr-mt-6w">
          <h2 id="effacement-titre" className="fr-h4">
            Droit à l'effacement
          </h2>
          <p>Si la personne demande l'effacement de ses données, effacez toutes ses candidatures d'un coup.</p>
          <Link className="fr-btn fr-btn--tertiary fr-icon-delete-line fr-btn--icon-left" href={`/admin/candidatures/${a.id}/effacer`}>
            Effacer cette personne candidate
          </Link>
        </section>
      )}
    </>
  );
}

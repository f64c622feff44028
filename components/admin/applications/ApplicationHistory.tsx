import type { AdminApplication, HistoryEntry } from "@/lib/applications/admin/queries";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { formatDateTime } from "@/lib/dates/paris";

function Entry({ entry }: { entry: HistoryEntry }) {
  const by = entry.authorLabel ? ` par ${entry.authorLabel}` : "";
  switch (entry.kind) {
    case "status":
      return (
        <>
          {`${APPLICATION_STATUS_LABELS[entry.fromStatus!]} → ${APPLICATION_STATUS_LABELS[entry.toStatus!]}${by}`}
          {entry.detail.reasonLabel && <> (motif : {entry.detail.reasonLabel})</>}
        </>
      );
    case "note":
      return <>{`Note ajoutée${by}`}</>;
    case "mail":
      return (
        <>
          {`Courriel « ${entry.detail.subject} » à ${entry.detail.to || "la personne candidate"}${by} — `}
          {entry.sentAt ? `envoyé le ${formatDateTime(entry.sentAt)}` : "en attente d'envoi"}
          <details className="fr-mt-1v">
            <summary>Lire le courriel</summary>
            <p className="fr-text--sm fr-mb-0" style={{ whiteSpace: "pre-wrap" }}>
              {entry.detail.text}
            </p>
          </details>
        </>
      );
  }
}

/** Every step, mail and note of the application, oldest first, with who and when. */
export function ApplicationHistory({ application }: { application: Pick<AdminApplication, "createdAt" | "history"> }) {
  return (
    <ol className="fr-mb-0">
      <li>
        <time dateTime={application.createdAt.toISOString()}>{formatDateTime(application.createdAt)}</time> : candidature reçue
      </li>
      {application.history.map((entry) => (
        <li key={entry.id}>
          <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time> : <Entry entry={entry} />
        </li>
      ))}
    </ol>
  );
}

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { formatDateTime } from "@/lib/dates/paris";
import type { PostingSyncInfo as Sync } from "@/lib/postings/admin/queries";

/** A synced offer's file in its git repository and the last commit that touched it; a conflict stands out. */
export function PostingSyncInfo({ sync }: { sync: Sync }) {
  return (
    <section aria-labelledby="synchronisation-git" className="fr-mb-4w">
      <h2 id="synchronisation-git" className="fr-h6">
        Synchronisée avec git
      </h2>
      <dl>
        <dt>Fichier</dt>
        <dd>
          <code>{sync.path}</code> dans <code>{sync.source.path}</code>
        </dd>
        <dt>Dernier commit</dt>
        <dd>
          <code title={sync.commit}>{sync.commit.slice(0, 7)}</code>
          {sync.author && <> par {sync.author}</>}
          {sync.commitAt && <>, le {formatDateTime(sync.commitAt)}</>}
        </dd>
        {sync.source.syncedAt && (
          <>
            <dt>Dernière synchronisation</dt>
            <dd>{formatDateTime(sync.source.syncedAt)}</dd>
          </>
        )}
      </dl>
      {sync.conflict && (
        <Alert
          severity="warning"
          title={`Conflit de synchronisation${sync.conflictAt ? ` depuis le ${formatDateTime(sync.conflictAt)}` : ""}`}
          description={sync.conflict}
        />
      )}
    </section>
  );
}

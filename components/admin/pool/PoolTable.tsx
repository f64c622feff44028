import Link from "next/link";
import { ApplicationStatusBadge } from "@/components/admin/applications/ApplicationStatusBadge";
import { TableFrame } from "@/components/admin/TableFrame";
import { formatDate } from "@/lib/dates/paris";
import type { PoolCandidate } from "@/lib/pool/candidates";

/**
 * The pool's candidates, one row each, with their past offers and the step each reached.
 * `selectable`: each name is the label of a checkbox of the proposal form around the table.
 */
export function PoolTable({ candidates, selectable }: { candidates: PoolCandidate[]; selectable: boolean }) {
  return (
    <TableFrame
      caption="Personnes du vivier, l'accord le plus récent d'abord"
      hideCaption
      columns={["Personne", "Offres passées", "Accord le"]}
    >
      <tbody>
        {candidates.map((c) => (
          <tr key={c.id}>
            <td>
              {selectable ? (
                <div className="fr-checkbox-group fr-checkbox-group--sm">
                  <input type="checkbox" id={`candidat-${c.id}`} name="candidat" value={c.id} />
                  <label className="fr-label" htmlFor={`candidat-${c.id}`}>
                    {c.firstName} {c.lastName}
                  </label>
                </div>
              ) : (
                <>
                  {c.firstName} {c.lastName}
                </>
              )}
              <p className="fr-text--sm fr-mb-0">{c.email}</p>
            </td>
            <td>
              <ul className="fr-raw-list">
                {c.applications.map((a) => (
                  <li key={a.id} className="fr-mb-1v">
                    <Link href={`/admin/candidatures/${a.id}`}>{a.posting.title}</Link> ({a.posting.organisation.name}){" "}
                    <ApplicationStatusBadge status={a.status} />
                  </li>
                ))}
              </ul>
            </td>
            <td className="rj-nowrap">{formatDate(c.consentAt)}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

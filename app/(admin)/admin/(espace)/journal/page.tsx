import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { notFound } from "next/navigation";
import { FilterInput, FilterSelect } from "@/components/admin/FilterFields";
import { TableFrame } from "@/components/admin/TableFrame";
import { isAuditAction, listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ACTIONS } from "@/lib/audit/record";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatShortDateTime, parisDayRange } from "@/lib/dates/paris";

export const metadata = { title: "Journal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 200) : "");

function changesText(json: string): string {
  const changes = JSON.parse(json) as Record<string, unknown>;
  return Object.entries(changes)
    .map(([key, value]) =>
      Array.isArray(value) && value.length === 2
        ? `${key} : ${JSON.stringify(value[0])} → ${JSON.stringify(value[1])}`
        : `${key} : ${JSON.stringify(value)}`,
    )
    .join(" ; ");
}

export default async function JournalPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/journal");
  if (!can(actor, "audit:read")) notFound();
  const params = await searchParams;
  const action = isAuditAction(params.action) ? params.action : undefined;
  const [who, subject, from, to] = [one(params.acteur), one(params.objet), one(params.du), one(params.au)];
  const period = parisDayRange(from, to);
  const page = Math.max(1, Number(one(params.page)) || 1);
  const log = await listAuditEvents(actor, {
    action,
    actor: who || undefined,
    subject: subject || undefined,
    from: period.from,
    until: period.until,
    page,
  });
  const href = (n: number) =>
    `/admin/journal?${new URLSearchParams({ ...(action && { action }), ...(who && { acteur: who }), ...(subject && { objet: subject }), ...(from && { du: from }), ...(to && { au: to }), page: String(n) })}`;

  return (
    <>
      <h1>Journal</h1>
      <form
        method="get"
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
        role="search"
        aria-label="Filtrer le journal"
      >
        <FilterSelect
          className="fr-col-12 fr-col-md-4"
          id="journal-action"
          name="action"
          label="Action"
          allLabel="Toutes"
          defaultValue={action ?? ""}
          options={Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label }))}
        />
        <FilterInput className="fr-col-12 fr-col-md-4" id="journal-acteur" name="acteur" label="Auteur (adresse)" defaultValue={who} />
        <FilterInput
          className="fr-col-12 fr-col-md-4"
          id="journal-objet"
          name="objet"
          label="Objet (offre, compte)"
          defaultValue={subject}
        />
        <FilterInput className="fr-col-6 fr-col-md-3" id="journal-du" name="du" type="date" label="Du" defaultValue={from} />
        <FilterInput className="fr-col-6 fr-col-md-3" id="journal-au" name="au" type="date" label="Au" defaultValue={to} />
        <div className="fr-col-12 fr-col-md-2">
          <button className="fr-btn fr-btn--secondary" type="submit">
            Filtrer
          </button>
        </div>
      </form>
      <p role="status">{log.total === 0 ? "Aucun événement." : `${log.total} événement${log.total > 1 ? "s" : ""}`}</p>
      {log.items.length > 0 && (
        <TableFrame caption="Événements, les plus récents d'abord">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Action</th>
              <th scope="col">Auteur</th>
              <th scope="col">Objet</th>
              <th scope="col">Détail</th>
            </tr>
          </thead>
          <tbody>
            {log.items.map((e) => (
              <tr key={e.id}>
                <td>{formatShortDateTime(e.at)}</td>
                <td>{isAuditAction(e.action) ? AUDIT_ACTIONS[e.action] : e.action}</td>
                <td>
                  {e.actorLabel ?? "—"}
                  {e.clientAddress && (
                    <>
                      <br />
                      <span className="fr-text--xs">{e.clientAddress}</span>
                    </>
                  )}
                </td>
                <td>{e.subjectLabel ?? e.subjectType}</td>
                <td className="fr-text--xs">{changesText(e.changes)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {log.pageCount > 1 && <Pagination count={log.pageCount} defaultPage={log.page} getPageLinkProps={(n) => ({ href: href(n) })} />}
    </>
  );
}

import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { notFound } from "next/navigation";
import { FilterForm } from "@/components/admin/FilterForm";
import { describeChanges } from "@/lib/audit/describe";
import { TableFrame } from "@/components/admin/TableFrame";
import { parseSort, SORT_PARAM, sortHeaders, sortParam } from "@/lib/admin/sorting";
import { AUDIT_SORT, isAuditAction, listAuditEvents } from "@/lib/audit/queries";
import { AUDIT_ACTIONS } from "@/lib/audit/record";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatShortDateTime, parisDayRange } from "@/lib/dates/paris";
import { listHref, oneValue } from "@/lib/validation/query-params";

export const metadata = { title: "Journal" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JournalPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/journal");
  if (!can(actor, "audit:read")) notFound();
  const params = await searchParams;
  const action = isAuditAction(params.action) ? params.action : undefined;
  const [who, subject, from, to] = [oneValue(params.acteur), oneValue(params.objet), oneValue(params.du), oneValue(params.au)];
  const period = parisDayRange(from, to);
  const page = Math.max(1, Number(oneValue(params.page)) || 1);
  const sort = parseSort(AUDIT_SORT, params[SORT_PARAM]);
  const log = await listAuditEvents(actor, {
    action,
    actor: who || undefined,
    subject: subject || undefined,
    from: period.from,
    until: period.until,
    page,
    sort,
  });
  const filters = { action, acteur: who, objet: subject, du: from, au: to };
  const href = (n: number) => listHref("/admin/journal", { ...filters, tri: sortParam(AUDIT_SORT, sort) }, n);
  const headers = sortHeaders(AUDIT_SORT, sort, (tri) => listHref("/admin/journal", { ...filters, tri }, 1));

  return (
    <>
      <h1>Journal</h1>
      <FilterForm
        label="Filtrer le journal"
        sort={sortParam(AUDIT_SORT, sort)}
        fields={[
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-4",
            id: "journal-action",
            name: "action",
            label: "Action",
            allLabel: "Toutes",
            defaultValue: action ?? "",
            options: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
          },
          {
            kind: "input",
            className: "fr-col-12 fr-col-md-4",
            id: "journal-acteur",
            name: "acteur",
            label: "Auteur (adresse)",
            defaultValue: who,
          },
          {
            kind: "input",
            className: "fr-col-12 fr-col-md-4",
            id: "journal-objet",
            name: "objet",
            label: "Objet (offre, compte)",
            defaultValue: subject,
          },
          { kind: "input", className: "fr-col-6 fr-col-md-3", id: "journal-du", name: "du", type: "date", label: "Du", defaultValue: from },
          { kind: "input", className: "fr-col-6 fr-col-md-3", id: "journal-au", name: "au", type: "date", label: "Au", defaultValue: to },
        ]}
      />
      <p role="status">{log.total === 0 ? "Aucun événement." : `${log.total} événement${log.total > 1 ? "s" : ""}`}</p>
      {log.items.length > 0 && (
        <TableFrame
          caption={sort.key === "date" && sort.direction === "desc" ? "Événements, les plus récents d'abord" : "Événements"}
          columns={[{ label: "Date", sort: headers.date }, "Action", { label: "Auteur", sort: headers.auteur }, "Objet", "Détail"]}
        >
          <tbody>
            {log.items.map((e) => (
              <tr key={e.id}>
                <td className="rj-nowrap">{formatShortDateTime(e.at)}</td>
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
                <td className="fr-text--xs">
                  {describeChanges(e.changes).map((line) => (
                    <div key={line}>{line}</div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {log.pageCount > 1 && <Pagination count={log.pageCount} defaultPage={log.page} getPageLinkProps={(n) => ({ href: href(n) })} />}
    </>
  );
}

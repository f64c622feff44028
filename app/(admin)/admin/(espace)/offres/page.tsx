import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { FilterForm } from "@/components/admin/FilterForm";
import { ADMIN_STATUS_BADGES } from "@/components/admin/postingStatus";
import { TableFrame } from "@/components/admin/TableFrame";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { applicationCounts } from "@/lib/applications/admin/queries";
import { inboxQueryString } from "@/lib/applications/admin/filters";
import { parseSort, SORT_PARAM, sortHeaders, sortParam } from "@/lib/admin/sorting";
import { organisationOptions } from "@/lib/organisations/choices";
import { ADMIN_POSTINGS_SORT, listAdminPostings, readableOrganisations } from "@/lib/postings/admin/queries";
import { ADMIN_STATUS_LABELS, isAdminStatus } from "@/lib/postings/labels";
import { listHref, oneValue } from "@/lib/validation/query-params";

export const metadata = { title: "Offres" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "Candidatures : 3 nouvelles / 12", a link to the inbox filtered on the offer. */
function ApplicationsCount({ postingId, count = { fresh: 0, total: 0 } }: { postingId: string; count?: { fresh: number; total: number } }) {
  return (
    <>
      <br />
      <Link className="fr-text--sm" href={`/admin/candidatures${inboxQueryString({ postingId })}`}>
        Candidatures : {count.fresh} nouvelle{count.fresh > 1 ? "s" : ""} / {count.total}
      </Link>
    </>
  );
}

export default async function AdminPostingsPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/offres");
  const params = await searchParams;
  const status = isAdminStatus(params.statut) ? params.statut : undefined;
  const organisationId = oneValue(params.organisation) || undefined;
  const q = oneValue(params.q, 100);
  const page = Math.max(1, Number(oneValue(params.page)) || 1);
  const sort = parseSort(ADMIN_POSTINGS_SORT, params[SORT_PARAM]);
  const [list, organisations] = await Promise.all([
    listAdminPostings(actor, { status, organisationId, q, page, sort }),
    readableOrganisations(actor),
  ]);
  const counts = await applicationCounts(
    actor,
    list.items.map((p) => p.id),
  );
  const filters = { statut: status, organisation: organisationId, q };
  const query = (target: number) => listHref("/admin/offres", { ...filters, tri: sortParam(ADMIN_POSTINGS_SORT, sort) }, target);
  const headers = sortHeaders(ADMIN_POSTINGS_SORT, sort, (tri) => listHref("/admin/offres", { ...filters, tri }, 1));

  return (
    <>
      <div className="fr-grid-row fr-grid-row--middle fr-mb-3w" style={{ justifyContent: "space-between" }}>
        <h1 className="fr-mb-0">Offres</h1>
        {can(actor, "postings:write") && (
          <Link className="fr-btn fr-icon-add-line fr-btn--icon-left" href="/admin/offres/nouvelle">
            Rédiger une offre
          </Link>
        )}
      </div>
      {params.supprimee === "1" && <p className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">Brouillon supprimé.</p>}
      <FilterForm
        label="Filtrer les offres"
        sort={sortParam(ADMIN_POSTINGS_SORT, sort)}
        fields={[
          {
            kind: "input",
            className: "fr-col-12 fr-col-md-4",
            id: "filtre-q",
            name: "q",
            type: "search",
            label: "Mots de l’offre ou adresse",
            defaultValue: q,
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-3",
            id: "filtre-statut",
            name: "statut",
            label: "État",
            allLabel: "Tous",
            defaultValue: status ?? "",
            options: Object.entries(ADMIN_STATUS_LABELS).map(([value, label]) => ({ value, label })),
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-3",
            id: "filtre-organisation",
            name: "organisation",
            label: "Organisation",
            allLabel: "Toutes",
            defaultValue: organisationId ?? "",
            options: organisationOptions(organisations),
          },
        ]}
      />
      <p role="status">{list.total === 0 ? "Aucune offre." : list.total === 1 ? "1 offre" : `${list.total} offres`}</p>
      {list.items.length > 0 && (
        <TableFrame
          caption="Offres"
          hideCaption
          columns={[
            { label: "Intitulé", sort: headers.intitule },
            "Organisation",
            "État",
            { label: "Modifiée le", sort: headers.modifiee },
          ]}
        >
          <tbody>
            {list.items.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/offres/${p.id}`}>{p.title}</Link>
                  {can(actor, "applications:read", p.organisation.id) && <ApplicationsCount postingId={p.id} count={counts.get(p.id)} />}
                </td>
                <td>{p.organisation.name}</td>
                <td>
                  <Badge as="span" small noIcon severity={ADMIN_STATUS_BADGES[p.adminStatus]}>
                    {ADMIN_STATUS_LABELS[p.adminStatus]}
                  </Badge>
                </td>
                <td className="rj-nowrap">{formatDate(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {list.pageCount > 1 && <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: query(n) })} />}
    </>
  );
}

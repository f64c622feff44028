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
import { listAdminPostings, readableOrganisations } from "@/lib/postings/admin/queries";
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
  const [list, organisations] = await Promise.all([
    listAdminPostings(actor, { status, organisationId, q, page }),
    readableOrganisations(actor),
  ]);
  const counts = await applicationCounts(
    actor,
    list.items.map((p) => p.id),
  );
  const query = (target: number) => listHref("/admin/offres", { statut: status, organisation: organisationId, q }, target);

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
            options: organisations.map((o) => ({ value: o.id, label: o.name })),
          },
        ]}
      />
      <p role="status">{list.total === 0 ? "Aucune offre." : list.total === 1 ? "1 offre" : `${list.total} offres`}</p>
      {list.items.length > 0 && (
        <TableFrame caption="Offres" hideCaption columns={["Intitulé", "Organisation", "État", "Modifiée le"]}>
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

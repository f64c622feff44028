import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { FilterInput, FilterSelect } from "@/components/admin/FilterFields";
import { ADMIN_STATUS_BADGES } from "@/components/admin/postingStatus";
import { TableFrame } from "@/components/admin/TableFrame";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { listAdminPostings, readableOrganisations } from "@/lib/postings/admin/queries";
import { ADMIN_STATUS_LABELS, isAdminStatus } from "@/lib/postings/labels";

export const metadata = { title: "Offres" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

export default async function AdminPostingsPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/offres");
  const params = await searchParams;
  const status = isAdminStatus(params.statut) ? params.statut : undefined;
  const organisationId = one(params.organisation) || undefined;
  const q = one(params.q)?.slice(0, 100) ?? "";
  const page = Math.max(1, Number(one(params.page)) || 1);
  const [list, organisations] = await Promise.all([
    listAdminPostings(actor, { status, organisationId, q, page }),
    readableOrganisations(actor),
  ]);
  const query = (target: number) =>
    `/admin/offres?${new URLSearchParams({ ...(status && { statut: status }), ...(organisationId && { organisation: organisationId }), ...(q && { q }), page: String(target) })}`;

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
      <form
        method="get"
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w"
        role="search"
        aria-label="Filtrer les offres"
      >
        <FilterInput
          className="fr-col-12 fr-col-md-4"
          id="filtre-q"
          name="q"
          type="search"
          label="Mots de l’offre ou adresse"
          defaultValue={q}
        />
        <FilterSelect
          className="fr-col-12 fr-col-md-3"
          id="filtre-statut"
          name="statut"
          label="État"
          allLabel="Tous"
          defaultValue={status ?? ""}
          options={Object.entries(ADMIN_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <FilterSelect
          className="fr-col-12 fr-col-md-3"
          id="filtre-organisation"
          name="organisation"
          label="Organisation"
          allLabel="Toutes"
          defaultValue={organisationId ?? ""}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <div className="fr-col-12 fr-col-md-2">
          <button className="fr-btn fr-btn--secondary" type="submit">
            Filtrer
          </button>
        </div>
      </form>
      <p role="status">{list.total === 0 ? "Aucune offre." : list.total === 1 ? "1 offre" : `${list.total} offres`}</p>
      {list.items.length > 0 && (
        <TableFrame caption="Offres" hideCaption>
          <thead>
            <tr>
              <th scope="col">Intitulé</th>
              <th scope="col">Organisation</th>
              <th scope="col">État</th>
              <th scope="col">Modifiée le</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((p) => (
              <tr key={p.id}>
                <td>
                  <Link href={`/admin/offres/${p.id}`}>{p.title}</Link>
                </td>
                <td>{p.organisation.name}</td>
                <td>
                  <Badge small noIcon severity={ADMIN_STATUS_BADGES[p.adminStatus]}>
                    {ADMIN_STATUS_LABELS[p.adminStatus]}
                  </Badge>
                </td>
                <td>{formatDate(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {list.pageCount > 1 && <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: query(n) })} />}
    </>
  );
}

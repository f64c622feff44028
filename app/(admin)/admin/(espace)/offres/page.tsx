import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { ADMIN_STATUS_BADGES, ADMIN_STATUS_LABELS, isAdminStatus } from "@/components/admin/postingStatus";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/postings/labels";
import { listAdminPostings, readableOrganisations } from "@/lib/postings/admin/queries";

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
      <form method="get" className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-3w" role="search" aria-label="Filtrer les offres">
        <div className="fr-col-12 fr-col-md-4 fr-input-group">
          <label className="fr-label" htmlFor="filtre-q">Intitulé ou adresse</label>
          <input className="fr-input" id="filtre-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-statut">État</label>
          <select className="fr-select" id="filtre-statut" name="statut" defaultValue={status ?? ""}>
            <option value="">Tous</option>
            {Object.entries(ADMIN_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="filtre-organisation">Organisation</label>
          <select className="fr-select" id="filtre-organisation" name="organisation" defaultValue={organisationId ?? ""}>
            <option value="">Toutes</option>
            {organisations.map((o) => (
              <option key={o.id} value={o.id}>{o.name}</option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <button className="fr-btn fr-btn--secondary" type="submit">Filtrer</button>
        </div>
      </form>
      <p role="status">{list.total === 0 ? "Aucune offre." : list.total === 1 ? "1 offre" : `${list.total} offres`}</p>
      {list.items.length > 0 && (
        <div className="fr-table fr-table--no-caption">
          <div className="fr-table__wrapper">
            <div className="fr-table__container">
              <div className="fr-table__content">
                <table>
                  <caption>Offres</caption>
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
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      {list.pageCount > 1 && (
        <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: query(n) })} />
      )}
    </>
  );
}

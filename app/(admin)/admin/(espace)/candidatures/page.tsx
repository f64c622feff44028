import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { ExportForm } from "@/components/admin/applications/ExportForm";
import { ApplicationStatusBadge } from "@/components/admin/applications/ApplicationStatusBadge";
import { FilterForm } from "@/components/admin/FilterForm";
import { TableFrame } from "@/components/admin/TableFrame";
import { inboxQueryString, parseInboxParams, STATUS_PARAMS, statusParam } from "@/lib/applications/admin/filters";
import { inboxPostings, listInbox } from "@/lib/applications/admin/queries";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/dates/paris";
import { oneValue } from "@/lib/validation/query-params";

export const metadata = { title: "Candidatures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InboxPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn("/admin/candidatures");
  if (!can(actor, "applications:read")) {
    return (
      <>
        <h1>Candidatures</h1>
        <p>Votre compte ne donne accès aux candidatures d'aucune organisation.</p>
      </>
    );
  }
  const params = await searchParams;
  const { filters, page, errors } = parseInboxParams(params);
  const [list, postings] = await Promise.all([listInbox(actor, filters, page), inboxPostings(actor)]);
  const posting = filters.postingId ? postings.find((p) => p.id === filters.postingId) : undefined;
  const filtered = Object.values(filters).some(Boolean);
  const count = list.total === 0 ? "Aucune candidature" : list.total === 1 ? "1 candidature" : `${list.total} candidatures`;

  return (
    <>
      {typeof params.effacees === "string" && /^\d+$/.test(params.effacees) && (
        <Alert
          className="fr-mb-3w"
          small
          severity="success"
          description={`Personne candidate effacée : ${params.effacees === "1" ? "1 candidature" : `${params.effacees} candidatures`} et tout ce qui s'y rapportait.`}
        />
      )}
      <h1>{posting ? `Candidatures : ${posting.title}` : "Candidatures"}</h1>
      <FilterForm
        label="Filtrer les candidatures"
        action="/admin/candidatures"
        bottomAligned={false}
        buttonClassName="fr-col-12"
        fields={[
          {
            kind: "input",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-q",
            name: "q",
            type: "search",
            label: "Nom ou adresse électronique",
            defaultValue: filters.q ?? oneValue(params.q),
            error: errors.q,
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-offre",
            name: "offre",
            label: "Offre",
            allLabel: "Toutes",
            defaultValue: filters.postingId ?? "",
            error: errors.offre,
            options: postings.map((p) => ({ value: p.id, label: `${p.title} (${p.organisation.name})` })),
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-4",
            id: "filtre-statut",
            name: "statut",
            label: "Étape",
            allLabel: "Toutes",
            defaultValue: filters.status ? statusParam(filters.status) : "",
            error: errors.statut,
            options: Object.entries(STATUS_PARAMS).map(([value, status]) => ({ value, label: APPLICATION_STATUS_LABELS[status] })),
          },
          ...(
            [
              ["du", "Reçue à partir du", filters.from],
              ["au", "Reçue jusqu'au", filters.to],
            ] as const
          ).map(([name, label, value]) => ({
            kind: "input" as const,
            className: "fr-col-12 fr-col-sm-6 fr-col-md-4",
            id: `filtre-${name}`,
            name,
            type: "date" as const,
            label,
            defaultValue: value ?? "",
            error: errors[name],
          })),
        ]}
      />
      <p role="status">
        {count}
        {filtered ? " avec ces filtres" : ""}. {filtered && <Link href="/admin/candidatures">Retirer les filtres</Link>}
      </p>
      {list.total > 0 && <ExportForm filters={filters} total={list.total} />}
      {list.items.length > 0 && (
        <TableFrame caption="Candidatures, les plus récentes d'abord" hideCaption columns={["Candidat·e", "Offre", "Reçue le", "Étape"]}>
          <tbody>
            {list.items.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/admin/candidatures/${a.id}`}>{a.masked ? a.lastName : `${a.firstName} ${a.lastName}`}</Link>
                  <br />
                  <span className="fr-text--sm">{a.masked ? "Anonyme jusqu'à l'entretien" : a.email}</span>
                  {(a.duplicate || a.needsReview) && <br />}
                  {a.duplicate && (
                    <Badge as="span" small noIcon severity="warning" className="fr-mr-1v">
                      Plusieurs candidatures
                    </Badge>
                  )}
                  {a.needsReview && (
                    <Badge as="span" small noIcon severity="info">
                      À vérifier
                    </Badge>
                  )}
                </td>
                <td>{a.posting.title}</td>
                <td className="rj-nowrap">{formatDate(a.createdAt)}</td>
                <td>
                  <ApplicationStatusBadge status={a.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      {list.pageCount > 1 && (
        <Pagination
          count={list.pageCount}
          defaultPage={list.page}
          getPageLinkProps={(n) => ({ href: `/admin/candidatures${inboxQueryString(filters, n)}` })}
        />
      )}
    </>
  );
}

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import Link from "next/link";
import { BulkForm, SelectPage } from "@/components/admin/applications/BulkForm";
import { ExportForm } from "@/components/admin/applications/ExportForm";
import { ApplicationStatusBadge } from "@/components/admin/applications/ApplicationStatusBadge";
import { FilterForm } from "@/components/admin/FilterForm";
import { type Column, TableFrame } from "@/components/admin/TableFrame";
import { FocusedAlert } from "@/components/admin/FocusedAlert";
import { SORT_PARAM, sortHeaders } from "@/lib/admin/sorting";
import { bulkDoneMessage } from "@/lib/applications/admin/bulk";
import { EXPORT_FORMATS } from "@/lib/applications/admin/export/response";
import { inboxQueryString, parseInboxParams, STATUS_PARAMS, statusParam } from "@/lib/applications/admin/filters";
import { INBOX_SORT } from "@/lib/applications/admin/order";
import { BULK_DONE_PARAMS, seenValue } from "@/lib/applications/admin/selection";
import { inboxPostings, listInbox } from "@/lib/applications/admin/queries";
import { optionsByOrganisation } from "@/lib/organisations/choices";
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
  const { filters, page, sort, errors } = parseInboxParams(params);
  const [list, postings] = await Promise.all([listInbox(actor, filters, page, sort), inboxPostings(actor)]);
  const posting = filters.postingId ? postings.find((p) => p.id === filters.postingId) : undefined;
  const filtered = Object.values(filters).some(Boolean);
  // Whoever may change applications of some organisation gets the bulk actions; the command checks each row.
  const bulk = can(actor, "applications:write");
  const headers = sortHeaders(INBOX_SORT, sort, (tri) => {
    const query = new URLSearchParams(inboxQueryString(filters));
    if (tri) query.set(SORT_PARAM, tri);
    return `/admin/candidatures${query.size ? `?${query}` : ""}`;
  });
  const columns: Column[] = [
    ...(bulk ? [{ label: "Sélection", header: <SelectPage label="Sélection" /> }] : []),
    { label: "Candidat·e", sort: headers.candidat },
    { label: "Offre", sort: headers.offre },
    { label: "Reçue le", sort: headers.recue },
    { label: "Étape", sort: headers.etape },
  ];
  // Each application's page knows the list it came from: its previous/next follow it.
  const listQuery = inboxQueryString(filters, list.page, sort);
  const rejected = Number(oneValue(params[BULK_DONE_PARAMS.rejected]));
  const mails = Number(oneValue(params[BULK_DONE_PARAMS.mails]));
  const table = (
    <TableFrame caption="Candidatures" hideCaption columns={columns}>
      <tbody>
        {list.items.map((a) => (
          <tr key={a.id}>
            {bulk && (
              <td>
                <div className="fr-checkbox-group fr-checkbox-group--sm">
                  <input type="checkbox" id={`choix-${a.id}`} name="choix" value={seenValue(a)} />
                  <label className="fr-label" htmlFor={`choix-${a.id}`}>
                    <span className="fr-sr-only">{a.masked ? a.lastName : `${a.firstName} ${a.lastName}`}</span>
                  </label>
                </div>
              </td>
            )}
            <td>
              <Link href={`/admin/candidatures/${a.id}${listQuery}`}>{a.masked ? a.lastName : `${a.firstName} ${a.lastName}`}</Link>
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
  );
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
      {Number.isSafeInteger(rejected) && rejected > 0 && Number.isSafeInteger(mails) && (
        <FocusedAlert message={bulkDoneMessage(rejected, "REJECTED", mails)} />
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
            options: optionsByOrganisation(
              postings,
              (p) => ({ value: p.id, label: p.title }),
              (p) => p.organisation.name,
            ),
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
      {/* Always there for whoever may act: the answer of an action that emptied the list still shows. */}
      {bulk ? (
        <BulkForm
          shown={list.items.map(seenValue)}
          filters={[...new URLSearchParams(inboxQueryString(filters)).entries()]}
          total={list.total}
          formats={Object.entries(EXPORT_FORMATS).map(([value, format]) => ({ value, label: format.label }))}
        >
          {list.items.length > 0 && table}
        </BulkForm>
      ) : (
        list.items.length > 0 && table
      )}
      {list.pageCount > 1 && (
        <Pagination
          count={list.pageCount}
          defaultPage={list.page}
          getPageLinkProps={(n) => ({ href: `/admin/candidatures${inboxQueryString(filters, n, sort)}` })}
        />
      )}
    </>
  );
}

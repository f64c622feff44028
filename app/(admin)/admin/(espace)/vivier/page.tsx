import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { SelectOptions } from "@/components/forms/SelectOptions";
import { optionsByOrganisation, organisationOptions } from "@/lib/organisations/choices";
import Link from "next/link";
import { FilterForm } from "@/components/admin/FilterForm";
import { PoolTable } from "@/components/admin/pool/PoolTable";
import { STATUS_PARAMS, statusParam } from "@/lib/applications/admin/filters";
import { APPLICATION_STATUS_LABELS } from "@/lib/applications/labels";
import { requireActorOrSignIn } from "@/lib/auth/current";
import { can } from "@/lib/auth/permissions";
import { parsePoolParams, POOL_PATH, POOL_PROPOSAL_PATH, poolParams, poolPath } from "@/lib/pool/filters";
import { poolMonths } from "@/lib/pool/period";
import { listPool, poolFilterOptions, proposableOffers } from "@/lib/pool/queries";
import { oneValue } from "@/lib/validation/query-params";

export const metadata = { title: "Vivier" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PoolPage({ searchParams }: Props) {
  const actor = await requireActorOrSignIn(POOL_PATH);
  if (!can(actor, "applications:read")) {
    return (
      <>
        <h1>Vivier</h1>
        <p>Votre compte ne donne accès aux candidatures d'aucune organisation.</p>
      </>
    );
  }
  const params = await searchParams;
  const { filters, page, errors } = parsePoolParams(params);
  const [list, options] = await Promise.all([listPool(actor, filters, page), poolFilterOptions(actor)]);
  const offers = list.canPropose ? await proposableOffers(actor) : [];
  const filtered = Object.values(filters).some(Boolean);
  const people = (n: number) => (n === 0 ? "Aucune personne" : n === 1 ? "1 personne" : `${n} personnes`);
  const selectable = offers.length > 0 && list.total > 0;

  return (
    <>
      <h1>Vivier</h1>
      <p>
        Les personnes qui, en candidatant à une offre de vos organisations, ont accepté d'être recontactées pour d'autres offres. Leur
        accord vaut {poolMonths()} mois ; elles peuvent le retirer à tout moment depuis le courriel qu'elles reçoivent.
      </p>
      <FilterForm
        label="Filtrer le vivier"
        action={POOL_PATH}
        bottomAligned={false}
        buttonClassName="fr-col-12"
        fields={[
          {
            kind: "input",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-q",
            name: "q",
            type: "search",
            label: "Mots de leur message",
            defaultValue: filters.q ?? oneValue(params.q),
            error: errors.q,
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-offre",
            name: "offre",
            label: "Offre passée",
            allLabel: "Toutes",
            defaultValue: filters.postingId ?? "",
            error: errors.offre,
            options: optionsByOrganisation(
              options.postings,
              (p) => ({ value: p.id, label: p.title }),
              (p) => p.organisation.name,
            ),
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-etape",
            name: "etape",
            label: "Étape atteinte",
            allLabel: "Toutes",
            defaultValue: filters.status ? statusParam(filters.status) : "",
            error: errors.etape,
            options: Object.entries(STATUS_PARAMS).map(([value, status]) => ({ value, label: APPLICATION_STATUS_LABELS[status] })),
          },
          {
            kind: "select",
            className: "fr-col-12 fr-col-md-6",
            id: "filtre-organisation",
            name: "organisation",
            label: "Organisation",
            allLabel: "Toutes",
            defaultValue: filters.organisationId ?? "",
            error: errors.organisation,
            options: organisationOptions(options.organisations),
          },
        ]}
      />
      <p role="status">
        {people(list.total)} dans le vivier{filtered ? " avec ces filtres" : ""}.{" "}
        {filtered && <Link href={POOL_PATH}>Retirer les filtres</Link>}
      </p>
      {list.canPropose && offers.length === 0 && list.total > 0 && (
        <p>Pour proposer une offre à ces personnes, publiez d'abord une offre de l'une de vos organisations.</p>
      )}
      {selectable ? (
        <form method="get" action={POOL_PROPOSAL_PATH}>
          {poolParams(filters).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <PoolTable candidates={list.items} selectable />
          <fieldset className="fr-fieldset" aria-labelledby="proposer-legende">
            <legend className="fr-fieldset__legend" id="proposer-legende">
              Proposer une offre
            </legend>
            <div className="fr-fieldset__element">
              <div className="fr-select-group">
                <label className="fr-label" htmlFor="proposer-offre">
                  Offre à proposer
                  <span className="fr-hint-text">Une offre publiée de vos organisations. Chaque personne reçoit son propre courriel.</span>
                </label>
                <select className="fr-select" id="proposer-offre" name="proposer" required defaultValue="">
                  <option value="" disabled>
                    Choisir une offre
                  </option>
                  <SelectOptions
                    options={optionsByOrganisation(
                      offers,
                      (o) => ({ value: o.id, label: o.title }),
                      (o) => o.organisation.name,
                    )}
                  />
                </select>
              </div>
            </div>
            <div className="fr-fieldset__element">
              <fieldset className="fr-fieldset" aria-labelledby="proposer-portee-legende">
                <legend className="fr-fieldset__legend--regular fr-fieldset__legend" id="proposer-portee-legende">
                  À qui
                </legend>
                {(
                  [
                    ["cochees", "Les personnes cochées ci-dessus"],
                    ["tous", `Toutes les personnes correspondant aux filtres (${list.total})`],
                  ] as const
                ).map(([value, label]) => (
                  <div className="fr-fieldset__element fr-fieldset__element--inline" key={value}>
                    <div className="fr-radio-group">
                      <input type="radio" id={`portee-${value}`} name="portee" value={value} defaultChecked={value === "cochees"} />
                      <label className="fr-label" htmlFor={`portee-${value}`}>
                        {label}
                      </label>
                    </div>
                  </div>
                ))}
              </fieldset>
            </div>
            <div className="fr-fieldset__element">
              <button type="submit" className="fr-btn">
                Proposer l'offre…
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        list.items.length > 0 && <PoolTable candidates={list.items} selectable={false} />
      )}
      {list.pageCount > 1 && (
        <Pagination count={list.pageCount} defaultPage={list.page} getPageLinkProps={(n) => ({ href: poolPath(filters, n) })} />
      )}
    </>
  );
}

"use client";
// A client component for the size of the page, not for behaviour: it is a plain GET form
// that works before (and without) JavaScript. As a client component its option lists come
// from the script bundle and a compact prop, instead of being sent twice in the HTML and
// the RSC payload of the cached home page (docs/decisions/0005-search-and-cached-home.md).
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { Input } from "@codegouvfr/react-dsfr/Input";
import Link from "next/link";
import { contractTypeLabels, domainLabels } from "@/lib/postings/labels";
import { RESULTS_ANCHOR } from "@/lib/urls/public";
import { contractParam, domainParam, remoteParams, type PostingFilters } from "@/lib/postings/search/params";
import type { OrganisationOption } from "@/lib/postings/search/query";

type Option = { value: string; label: string };

/** A DSFR select written as markup: react-dsfr's Select is a client component, and this needs no script. */
function FilterSelect(props: { name: string; label: string; options: Option[]; value?: string; anyLabel: string }) {
  const id = `filtre-${props.name}`;
  return (
    <div className="fr-select-group">
      <label className="fr-label" htmlFor={id}>
        {props.label}
      </label>
      <select className="fr-select" id={id} name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const contractOptions = Object.entries(contractTypeLabels).map(([type, label]) => ({
  value: contractParam(type as keyof typeof contractTypeLabels),
  label,
}));
const domainOptions = Object.entries(domainLabels).map(([domain, label]) => ({
  value: domainParam(domain as keyof typeof domainLabels),
  label,
}));
const remoteOptions = Object.entries(remoteParams).map(([value, label]) => ({ value, label }));

type FilterSelectProps = Parameters<typeof FilterSelect>[0];

/** The four selects, in the order they are shown, each with its current value. */
function selectsOf(filters: PostingFilters, organisations: OrganisationOption[]): FilterSelectProps[] {
  return [
    {
      name: "organisation",
      label: "Organisation",
      anyLabel: "Toutes les organisations",
      value: filters.organisation,
      options: organisations.map(({ slug, label }) => ({ value: slug, label })),
    },
    {
      name: "domaine",
      label: "Domaine",
      anyLabel: "Tous les domaines",
      value: filters.domain && domainParam(filters.domain),
      options: domainOptions,
    },
    {
      name: "contrat",
      label: "Type de contrat",
      anyLabel: "Tous les contrats",
      value: filters.contract && contractParam(filters.contract),
      options: contractOptions,
    },
    { name: "teletravail", label: "Télétravail", anyLabel: "Indifférent", value: filters.remote, options: remoteOptions },
  ];
}

export type SearchFormProps = {
  /** Where the form sends the search: "/" for open postings, "/archives" for the archive. */
  action: string;
  filters: PostingFilters;
  organisations: OrganisationOption[];
};

/**
 * A GET form: the search lives in the URL, works without JavaScript and can be shared.
 * Fields left empty are sent empty and ignored by the parser.
 */
export function SearchForm({ action, filters, organisations }: SearchFormProps) {
  return (
    // The anchor survives the GET submission: the results page opens at its count, not at its top.
    <form method="get" action={`${action}#${RESULTS_ANCHOR}`} role="search" aria-label="Rechercher des offres" className="fr-mb-4w">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-8">
          <Input
            label="Mots-clés"
            hintText="Intitulé, organisation, compétence, technologie…"
            nativeInputProps={{ type: "search", name: "q", defaultValue: filters.q ?? "", maxLength: 200 }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Lieu"
            hintText="Commune, département ou région"
            nativeInputProps={{ name: "lieu", defaultValue: filters.location ?? "", maxLength: 100 }}
          />
        </div>
        {selectsOf(filters, organisations).map((select) => (
          <div key={select.name} className="fr-col-12 fr-col-md-6 fr-col-lg-3">
            <FilterSelect {...select} />
          </div>
        ))}
        <div className="fr-col-12 fr-col-md-6">
          <Checkbox
            small
            options={[
              {
                label: "Ouvert aux profils juniors",
                nativeInputProps: { name: "juniors", value: "oui", defaultChecked: filters.juniors === true },
              },
            ]}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--icon-left">
            <li>
              <Link className="fr-btn fr-btn--tertiary" href={action}>
                Effacer les filtres
              </Link>
            </li>
            <li>
              <Button type="submit" iconId="fr-icon-search-line" iconPosition="left">
                Rechercher
              </Button>
            </li>
          </ul>
        </div>
      </div>
    </form>
  );
}

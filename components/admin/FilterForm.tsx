import type { ComponentProps } from "react";
import { FilterInput, FilterSelect } from "./FilterFields";

/** One field of a list's filter form, as data. */
export type FilterField =
  | ({ kind: "input" } & ComponentProps<typeof FilterInput>)
  | ({ kind: "select" } & ComponentProps<typeof FilterSelect>);

type Props = {
  /** The accessible name of the search landmark: "Filtrer les offres". */
  label: string;
  fields: FilterField[];
  action?: string;
  /** Where the button sits in the grid (it shares the last row, or takes its own). */
  buttonClassName?: string;
  bottomAligned?: boolean;
  /** The list's order (`tri`), kept when the filters change. */
  sort?: string;
};

/** The GET filter form of an admin list: it works without JavaScript and keeps the filters in the address. */
export function FilterForm({ label, fields, action, buttonClassName = "fr-col-12 fr-col-md-2", bottomAligned = true, sort }: Props) {
  return (
    <form
      method="get"
      action={action}
      className={`fr-grid-row fr-grid-row--gutters${bottomAligned ? " fr-grid-row--bottom" : ""} fr-mb-3w`}
      role="search"
      aria-label={label}
    >
      {sort && <input type="hidden" name="tri" value={sort} />}
      {fields.map((field) =>
        field.kind === "select" ? <FilterSelect key={field.name} {...field} /> : <FilterInput key={field.name} {...field} />,
      )}
      <div className={buttonClassName}>
        <button className="fr-btn fr-btn--secondary" type="submit">
          Filtrer
        </button>
      </div>
    </form>
  );
}

import Link from "next/link";
import { type ReactNode, useId } from "react";
import type { HeaderSort } from "@/lib/admin/sorting";
import "./table-frame.css";

/** A column's header: its name, and how a click on it sorts the list (lib/admin/sorting.ts). */
export type Column = string | { label: string; sort?: HeaderSort; header?: ReactNode };

type Props = {
  caption: string;
  hideCaption?: boolean;
  /** The column headers. Given, the table becomes a list on a phone, each value under its header's name. */
  columns?: readonly Column[];
  children: ReactNode;
};

const labelOf = (column: Column) => (typeof column === "string" ? column : column.label);

/** A sortable header is a link to the list in the other order: it works without JavaScript. */
function HeaderCell({ column }: { column: Column }) {
  const sort = typeof column === "string" ? undefined : column.sort;
  // A header of its own (a "select the page" checkbox), its label naming the column on a phone.
  if (typeof column !== "string" && column.header) return <th scope="col">{column.header}</th>;
  if (!sort) return <th scope="col">{labelOf(column)}</th>;
  const icon = sort.state === "ascending" ? "fr-icon-arrow-up-line" : sort.state === "descending" ? "fr-icon-arrow-down-line" : "";
  return (
    <th scope="col" className="rj-th--sortable" aria-sort={sort.state === "none" ? undefined : sort.state}>
      <Link
        className={`rj-sort-link${icon ? ` fr-link--icon-right ${icon}` : ""}`}
        href={sort.href}
        title={`${labelOf(column)} : ${sort.action.toLowerCase()}`}
      >
        {labelOf(column)}
        <span className="fr-sr-only"> ({sort.action.toLowerCase()})</span>
      </Link>
    </th>
  );
}

/** A CSS string for a label: quotes and backslashes escaped, nothing that could close the style element. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, "\\$&").replace(/[<>\n]/g, " ")}"`;

/** The name of each column before its values, for the phone layout of ./table-frame.css. */
function columnLabels(id: string, columns: readonly Column[]): string {
  const rules = columns.map(labelOf).map((label, i) => `#${id} td:nth-child(${i + 1})::before{content:${cssString(`${label} : `)}}`);
  return `@media (max-width: 47.99em){${rules.join("")}}`;
}

/**
 * DSFR's table wrappers around a table with a caption. Its cells wrap (`fr-table--multiline`):
 * DSFR keeps them on one line by default, which pushed the columns that matter out of view.
 * A table still wider than its frame scrolls, and takes the focus to be scrolled.
 */
export function TableFrame({ caption, hideCaption, columns, children }: Props) {
  const id = `table-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const sortable = columns?.some((column) => typeof column !== "string" && column.sort);
  return (
    <div
      id={id}
      className={`fr-table fr-table--multiline${columns ? " rj-table--stacked" : ""}${sortable ? " rj-table--sortable" : ""}${hideCaption ? " fr-table--no-caption" : ""}`}
    >
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the rules are built from the column names the code gives, escaped as CSS strings. */}
      {columns && <style dangerouslySetInnerHTML={{ __html: columnLabels(id, columns) }} />}
      <div className="fr-table__wrapper">
        {/* Focusable, so that keyboard users can scroll a table wider than the screen. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to be scrolled with the keyboard (WCAG 2.1.1). */}
        <div className="fr-table__container" tabIndex={0} role="region" aria-label={caption}>
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              {columns && (
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <HeaderCell key={labelOf(column)} column={column} />
                    ))}
                  </tr>
                </thead>
              )}
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

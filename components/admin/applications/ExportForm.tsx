// The inbox's export: a GET form to the export route carrying the list's current filters,
// so it works without JavaScript and exports exactly what the list shows.
import { inboxQueryString, type InboxFilters } from "@/lib/applications/admin/filters";
import { EXPORT_FORMATS } from "@/lib/applications/admin/export/response";

export function ExportForm({ filters, total }: { filters: InboxFilters; total: number }) {
  const hidden = [...new URLSearchParams(inboxQueryString(filters)).entries()];
  return (
    <section className="fr-mb-4w" aria-labelledby="export-titre">
      <h2 id="export-titre" className="fr-h6 fr-mb-1w">
        Exporter ces candidatures
      </h2>
      <p className="fr-text--sm fr-mb-2w">
        {total === 1 ? "La candidature affichée" : `Les ${total} candidatures affichées`} avec les filtres en cours, toutes pages comprises.
        Chaque export est inscrit au journal.
      </p>
      <form method="get" action="/admin/candidatures/export" className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <fieldset className="fr-fieldset fr-col-12 fr-col-md-6 fr-mb-0" id="export-format">
          <legend className="fr-fieldset__legend fr-fieldset__legend--regular">Format</legend>
          {Object.entries(EXPORT_FORMATS).map(([value, format], index) => (
            <div className="fr-fieldset__element fr-fieldset__element--inline" key={value}>
              <div className="fr-radio-group">
                <input type="radio" id={`export-format-${value}`} name="format" value={value} defaultChecked={index === 0} />
                <label className="fr-label" htmlFor={`export-format-${value}`}>
                  {format.label}
                </label>
              </div>
            </div>
          ))}
        </fieldset>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3 fr-select-group">
          <label className="fr-label" htmlFor="export-separateur">
            Séparateur du CSV
            <span className="fr-hint-text">Point-virgule pour Excel en français</span>
          </label>
          <select className="fr-select" id="export-separateur" name="separateur" defaultValue="point-virgule">
            <option value="point-virgule">Point-virgule ( ; )</option>
            <option value="virgule">Virgule ( , )</option>
          </select>
        </div>
        <div className="fr-col-12 fr-col-sm-6 fr-col-md-3 fr-mb-3v">
          <button className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line" type="submit">
            Exporter
          </button>
        </div>
      </form>
    </section>
  );
}

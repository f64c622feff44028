import { countFieldSources } from "@/lib/postings/import/field-counts";
import type { FileReport } from "@/lib/postings/import/run";
import { FIELD_SOURCES } from "@/lib/postings/import/sources";
import { fieldSourceLabels, reportedFieldLabels } from "@/lib/postings/labels";
import { TableFrame } from "./TableFrame";

/** Where the imported postings got each field: the front matter, the text, a deduction, or nowhere. */
export function ImportFieldCounts({ reports }: { reports: FileReport[] }) {
  const { postings, fields } = countFieldSources(reports);
  if (postings === 0) return null;
  const columns = ["Champ", ...FIELD_SOURCES.map((source) => fieldSourceLabels[source]), "Absent"];
  return (
    <TableFrame caption={`Origine des champs, sur ${postings} offre(s) importée(s) ou mise(s) à jour`} columns={columns}>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field}>
            <th scope="row">{reportedFieldLabels[f.field]}</th>
            {FIELD_SOURCES.map((source) => (
              <td key={source}>{f.bySource[source]}</td>
            ))}
            <td>{f.missing}</td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}

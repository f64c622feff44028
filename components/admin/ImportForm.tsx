"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useActionState } from "react";
import { SelectOptions } from "@/components/forms/SelectOptions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { SelectOptions as Options } from "@/lib/forms/options";
import { importPostingsAction } from "@/lib/postings/admin/import-action";
import { importOutcomeLabels } from "@/lib/postings/labels";
import { postingPath } from "@/lib/urls/public";
import { ImportFieldCounts } from "./ImportFieldCounts";
import { TableFrame } from "./TableFrame";

export function ImportForm({ organisations }: { organisations: Options }) {
  const [state, action, pending] = useActionState(importPostingsAction, INITIAL_FORM_STATE);
  const reports = state.data;
  const count = (outcome: keyof typeof importOutcomeLabels) => reports?.filter((r) => r.outcome === outcome).length ?? 0;
  return (
    <>
      <form action={action}>
        <Upload
          label="Fichiers markdown des offres"
          hint="Un ou plusieurs fichiers .md avec leur en-tête YAML, 512 Ko au plus chacun."
          multiple
          nativeInputProps={{ name: "files", accept: ".md,.markdown,.txt,text/markdown,text/plain", required: true }}
        />
        <div className="fr-select-group fr-mt-3w">
          <label className="fr-label" htmlFor="import-organisation">
            Organisation des fichiers qui n'en nomment aucune
          </label>
          <select className="fr-select" id="import-organisation" name="organisationId" defaultValue="">
            <option value="">Aucune : rejeter ces fichiers</option>
            <SelectOptions options={organisations} />
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Import en cours…" : "Importer"}
        </Button>
      </form>
      <div aria-live="polite" role="status" className="fr-mt-4w">
        {state.severity === "error" && state.message && <Alert severity="error" small description={state.message} />}
        {reports && (
          <>
            <h2>Compte rendu</h2>
            <p>
              {reports.length} fichier(s) : {count("created")} importé(s), {count("updated")} mis à jour, {count("rejected")} rejeté(s).
            </p>
            <TableFrame caption="Compte rendu par fichier" columns={["Fichier", "Résultat", "Détails"]}>
              <tbody>
                {reports.map((r, i) => (
                  // Two files of an import may share a name: the position tells them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the report is never reordered or edited.
                  <tr key={`${r.file}-${i}`}>
                    <td>{r.file}</td>
                    <td>
                      {importOutcomeLabels[r.outcome]}
                      {r.slug && r.outcome !== "rejected" && (
                        <>
                          <br />
                          <a href={postingPath(r.slug)}>{postingPath(r.slug)}</a>
                        </>
                      )}
                    </td>
                    <td>
                      <ul className="fr-text--sm fr-mb-0">
                        {r.reason && <li>Motif : {r.reason}</li>}
                        {r.extraKeys.length > 0 && <li>Clés conservées telles quelles : {r.extraKeys.join(", ")}</li>}
                        {r.warnings.map((w) => (
                          <li key={w}>{w}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </TableFrame>
            <ImportFieldCounts reports={reports} />
          </>
        )}
      </div>
    </>
  );
}

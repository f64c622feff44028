"use client";
import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Button } from "@codegouvfr/react-dsfr/Button";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { useActionState, useRef, useState } from "react";
import { PostingView } from "@/components/postings/PostingView";
import { Domain } from "@/lib/db/models";
import { savePostingAction } from "@/lib/postings/admin/actions";
import { INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import { postingFormValues } from "@/lib/postings/admin/schema";
import { previewFromForm } from "@/lib/postings/admin/preview";
import { contractTypeLabels, domainLabels, remotePolicyLabels } from "@/lib/postings/labels";
import type { PublicPosting } from "@/lib/postings/queries";
import { SelectField, TextAreaField, TextField, type FieldContext } from "./fields";

type Organisation = PublicPosting["organisation"] & { id: string };

type Props = {
  organisations: Organisation[];
  initialValues: Record<string, unknown>;
  /** Present when editing: the version the form was loaded at, for optimistic locking. */
  posting?: { id: string; version: number };
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function PostingForm({ organisations, initialValues, posting }: Props) {
  const [state, action, pending] = useActionState(savePostingAction, INITIAL_FORM_STATE);
  const values = state.values ?? initialValues;
  const [live, setLive] = useState(values);
  const formRef = useRef<HTMLFormElement>(null);
  const context: FieldContext = { values, errors: state.errors };
  const organisation = organisations.find((o) => o.id === live.organisationId) ?? organisations[0];
  const selectedDomains = Array.isArray(values.domains) ? values.domains : [];

  const refreshPreview = () => {
    if (formRef.current) setLive(postingFormValues(new FormData(formRef.current)));
  };

  return (
    <>
      <div aria-live="polite" role="status">
        {state.message && <Alert className="fr-mb-3w" severity={state.severity ?? "error"} small description={state.message} />}
      </div>
      <form key={state.submission} ref={formRef} action={action} onInput={refreshPreview} onChange={refreshPreview} noValidate>
        {posting && (
          <>
            <input type="hidden" name="id" value={posting.id} />
            <input type="hidden" name="version" value={posting.version} />
          </>
        )}
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h4">L'offre</legend>
          <div className="fr-fieldset__content" style={{ width: "100%" }}>
            <TextField context={context} name="title" label="Intitulé du poste" required />
            <TextField
              context={context}
              name="slug"
              label="Adresse de l'offre"
              hint="Après /offres/ ; laissée vide, elle est faite à partir de l'intitulé. Minuscules, chiffres et tirets."
            />
            <SelectField
              context={context}
              name="organisationId"
              label="Organisation qui recrute"
              required
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <TextField context={context} name="team" label="Équipe" />
            <TextField
              context={context}
              name="roles"
              label="Rôle, tel que l'offre le formule"
              hint="Par exemple : un·e développeur·se back-end"
            />
          </div>
        </fieldset>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h4">Contrat et conditions</legend>
          <div className="fr-fieldset__content" style={{ width: "100%" }}>
            <SelectField
              context={context}
              name="contractType"
              label="Type de contrat"
              placeholder="Non précisé"
              options={options(contractTypeLabels)}
            />
            <TextField
              context={context}
              name="contractDetail"
              label="Précisions sur le contrat"
              hint="Par exemple : CDD de 3 ans, renouvelable"
            />
            <TextField context={context} name="duration" label="Durée" />
            <TextField context={context} name="startDate" type="date" label="Prise de poste (date)" />
            <TextField
              context={context}
              name="startDateText"
              label="Prise de poste (en toutes lettres)"
              hint="Si la date n'est pas connue : « dès que possible »"
            />
            <TextField context={context} name="location" label="Lieu" />
            <SelectField
              context={context}
              name="remotePolicy"
              label="Télétravail"
              placeholder="Non précisé"
              options={options(remotePolicyLabels)}
            />
            <TextField context={context} name="remoteDetail" label="Précisions sur le télétravail" />
            <TextField context={context} name="pay" label="Rémunération" />
            <SelectField
              context={context}
              name="juniorsWelcome"
              label="Profils juniors bienvenus"
              placeholder="Non précisé"
              options={[
                { value: "yes", label: "Oui" },
                { value: "no", label: "Non" },
              ]}
            />
            <Checkbox
              legend="Domaines"
              orientation="horizontal"
              options={Object.values(Domain).map((domain) => ({
                label: domainLabels[domain],
                nativeInputProps: { name: "domains", value: domain, defaultChecked: selectedDomains.includes(domain) },
              }))}
            />
            <TextField
              context={context}
              name="technologies"
              label="Technologies"
              hint="Séparées par des virgules : Python, Django, PostgreSQL"
            />
          </div>
        </fieldset>
        <fieldset className="fr-fieldset">
          <legend className="fr-fieldset__legend fr-h4">Candidatures et dates</legend>
          <div className="fr-fieldset__content" style={{ width: "100%" }}>
            <TextField context={context} name="contactEmail" type="email" label="Adresse de contact" hint="Format : nom@domaine.fr" />
            <TextField
              context={context}
              name="externalUrl"
              type="url"
              label="Site de candidature externe"
              hint="Si les candidatures se font ailleurs : https://…"
            />
            <TextField context={context} name="opensAt" type="date" label="Poste ouvert à partir du" />
            <TextField
              context={context}
              name="publishedAt"
              type="datetime-local"
              label="Publication programmée le (heure de Paris)"
              hint="Vide : l'offre est mise en ligne dès que vous la publiez."
            />
            <TextField
              context={context}
              name="closesAt"
              type="datetime-local"
              label="Clôture automatique le (heure de Paris)"
              hint="L'offre cesse d'accepter des candidatures à ce moment."
            />
          </div>
        </fieldset>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12">
            <TextAreaField
              context={context}
              name="body"
              label="Texte de l'offre"
              hint="En markdown : ## pour un intertitre, - pour une liste, **gras**, [lien](https://…)."
            />
          </div>
          <section className="fr-col-12" aria-labelledby="apercu-titre">
            <h2 id="apercu-titre" className="fr-h6 fr-mb-1w">
              Aperçu, tel que les candidats le verront
            </h2>
            <div className="fr-p-2w" style={{ border: "1px solid var(--border-default-grey)", maxHeight: "40rem", overflow: "auto" }}>
              {organisation && <PostingView posting={previewFromForm(live, organisation)} />}
            </div>
          </section>
        </div>
        <Button type="submit" disabled={pending} className="fr-mt-3w">
          {posting ? "Enregistrer les modifications" : "Enregistrer le brouillon"}
        </Button>
      </form>
    </>
  );
}

import type { ReactNode } from "react";

type Props = {
  title: string;
  /** A short line under the title, such as "Erreur 404". */
  code?: string;
  lead: string;
  children: ReactNode;
  /** The buttons offered, as list items of DSFR's inline button group. */
  actions: ReactNode;
};

/** The page shown instead of the one asked for (not found, unexpected error): what happened, what to do. */
export function StatusPage({ title, code, lead, children, actions }: Props) {
  return (
    <div className="fr-container fr-my-8w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>{title}</h1>
          {code && <p className="fr-text--sm fr-mb-3w">{code}</p>}
          <p className="fr-text--lead fr-mb-3w">{lead}</p>
          <p className="fr-mb-5w">{children}</p>
          <ul className="fr-btns-group fr-btns-group--inline-md">{actions}</ul>
        </div>
      </div>
    </div>
  );
}

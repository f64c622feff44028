import { CallOut } from "@codegouvfr/react-dsfr/CallOut";

export function NoOpenPostings() {
  return (
    <CallOut title="Aucune offre n'est ouverte en ce moment" titleAs="h2">
      Les équipes publient de nouvelles offres tout au long de l'année : revenez consulter cette page prochainement. Vous pouvez aussi
      découvrir les start-ups d'État et leurs missions sur{" "}
      <a href="https://beta.gouv.fr" rel="noopener">
        beta.gouv.fr
      </a>
      .
    </CallOut>
  );
}

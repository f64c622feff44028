/** The home page's title and welcome, shared by the unfiltered list and the search results. */
export function HomeIntro() {
  return (
    <>
      <h1>Rejoindre les équipes numériques de l'État</h1>
      <p className="fr-text--lead">
        Start-ups d'État, Etalab, DINUM et équipes partenaires recrutent des profils du numérique pour construire des services publics
        utiles et simples.
      </p>
    </>
  );
}

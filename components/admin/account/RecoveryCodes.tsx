/** Recovery codes, shown once right after they are drawn. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="fr-callout fr-mb-4w">
      <h2 className="fr-callout__title fr-h5">Vos 10 codes de secours</h2>
      <p className="fr-callout__text fr-text--md">
        Chaque code sert une seule fois, si vous n'avez plus votre application. Ils ne seront plus affichés : notez-les ou imprimez-les
        maintenant, et gardez-les hors de votre ordinateur.
      </p>
      <ol className="fr-mb-0" data-testid="codes-de-secours">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}

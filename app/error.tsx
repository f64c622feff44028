"use client";
// Unexpected failures only: the message stays generic, the details go to the server log
// (server errors) or the console (browser errors), identified by their digest.
import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <div className="fr-container fr-my-8w">
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-md-8">
          <h1>Une erreur est survenue</h1>
          <p className="fr-text--lead fr-mb-3w">Le service n'a pas pu afficher cette page. Le problème vient de notre côté, pas de vous.</p>
          <p className="fr-mb-5w">
            Vous pouvez réessayer dans quelques instants. Si le problème persiste, revenez plus tard.
            {digest && ` Référence de l'erreur : ${digest}.`}
          </p>
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <button type="button" className="fr-btn" onClick={() => retry()}>
                Réessayer
              </button>
            </li>
            <li>
              <Link className="fr-btn fr-btn--secondary" href="/">
                Retour à l'accueil
              </Link>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

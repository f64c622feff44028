"use client";
// Unexpected failures only: the message stays generic, the details go to the server log
// (server errors) or the console (browser errors), identified by their digest.
import Link from "next/link";
import { useEffect } from "react";
import { StatusPage } from "@/components/layout/StatusPage";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <StatusPage
      title="Une erreur est survenue"
      lead="Le service n'a pas pu afficher cette page. Le problème vient de notre côté, pas de vous."
      actions={
        <>
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
        </>
      }
    >
      Vous pouvez réessayer dans quelques instants. Si le problème persiste, revenez plus tard.
      {digest && ` Référence de l'erreur : ${digest}.`}
    </StatusPage>
  );
}

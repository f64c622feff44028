"use client";
// Shown only when the root layout itself fails, so the DSFR header, footer and styles may
// be missing: a plain, readable French page that still lets the visitor try again.
import { useEffect } from "react";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="fr">
      <body style={{ fontFamily: "Marianne, Arial, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <main>
          <h1>Le service est momentanément indisponible</h1>
          <p>Le problème vient de notre côté, pas de vous. Réessayez dans quelques instants.</p>
          <p>
            <button type="button" onClick={() => retry()}>
              Réessayer
            </button>{" "}
            <a href="/">Retour à l'accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}

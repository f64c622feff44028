"use client";

import type {} from "altcha/types/react";
import { useEffect, useState } from "react";

/**
 * The ALTCHA widget: the browser solves a small proof of work, with no tracking and nothing
 * to click, and adds its payload to the form as the `altcha` field. Without JavaScript it
 * never runs, and the application is sent without it (recruiters then see it "à vérifier").
 */
export function ProofOfWork() {
  // Shown as rendered by the server, hidden once JavaScript runs: unlike <noscript>, this also
  // holds when scripts are blocked rather than switched off.
  const [scripted, setScripted] = useState(false);
  useEffect(() => {
    setScripted(true);
    // The widget with its translations: it speaks French, as the page's lang says.
    void import("altcha/i18n");
  }, []);
  return (
    <div className="fr-mb-4w">
      <altcha-widget
        challenge="/api/altcha"
        name="altcha"
        auto="onload"
        language="fr"
        configuration={JSON.stringify({ hideLogo: true, hideFooter: true })}
      />
      <p className="fr-text--sm" hidden={scripted}>
        JavaScript est désactivé : la vérification anti-robot ne peut pas se faire. Votre candidature sera tout de même envoyée, et l'équipe
        qui recrute la vérifiera.
      </p>
    </div>
  );
}

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";

export const metadata: Metadata = { title: "Nouvelle invitation demandée", robots: { index: false } };
// Under a path the Content-Security-Policy gives a nonce (lib/http/security-headers.ts): a page
// prerendered once would carry none, and every script of it would be blocked.
export const dynamic = "force-dynamic";

/**
 * After an expired invitation asked for a new link. It says the same whatever happened (the
 * link renewed or not), as the forgotten password does: the page tells nobody what exists.
 */
export default function InvitationRenewedPage() {
  return (
    <ReadingColumn>
      <h1>Nouvelle invitation demandée</h1>
      <Alert
        className="fr-mb-3w"
        severity="success"
        small
        description="Si cette invitation pouvait être renouvelée, un nouveau lien vient d'être envoyé à l'adresse invitée. Il est valable sept jours ; pensez à regarder dans les indésirables."
      />
      <p>Le lien précédent ne fonctionne plus : utilisez celui du nouveau message.</p>
    </ReadingColumn>
  );
}

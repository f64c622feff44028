import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { BackLink } from "@/components/layout/BackLink";
import { ReadingColumn } from "@/components/layout/ReadingColumn";

// The same page for everyone: it names no one and no offer.
export const metadata: Metadata = { title: "Accord pour le vivier retiré", robots: { index: false, follow: false } };
// Under a path whose Content-Security-Policy carries a nonce (lib/http/security-headers.ts).
export const dynamic = "force-dynamic";

export default function PoolWithdrawnPage() {
  return (
    <ReadingColumn>
      <h1>Vous ne faites plus partie du vivier</h1>
      <Alert
        severity="success"
        title="Accord retiré"
        description="Les équipes ne vous proposeront plus d'offres à partir de vos candidatures. Celles-ci restent consultées pour les offres auxquelles vous avez répondu, puis sont effacées au terme de leur durée de conservation ordinaire."
        className="fr-mb-4w"
      />
      <BackLink href="/">Voir les offres ouvertes</BackLink>
    </ReadingColumn>
  );
}

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { BackLink } from "@/components/layout/BackLink";

// The same page for everyone: it names no one and no offer.
export const metadata: Metadata = { title: "Candidature retirée", robots: { index: false, follow: false } };
// Under a path the Content-Security-Policy gives a nonce (lib/http/security-headers.ts): a page
// prerendered once would carry none, and every script of it would be blocked.
export const dynamic = "force-dynamic";

export default function WithdrawnPage() {
  return (
    <ReadingColumn>
      <h1>Votre candidature est retirée</h1>
      <Alert
        severity="success"
        title="Candidature effacée"
        description="Votre candidature, votre CV et ce qui s'y rapportait ont été effacés. L'équipe qui recrute ne les voit plus."
        className="fr-mb-4w"
      />
      <BackLink href="/">Voir les offres ouvertes</BackLink>
    </ReadingColumn>
  );
}

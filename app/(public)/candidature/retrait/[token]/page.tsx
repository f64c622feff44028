import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { getWithdrawalPreview } from "@/lib/applications/rights/withdrawal";
import { formatDate } from "@/lib/dates/paris";
import { withdrawalConfirmPath } from "@/lib/urls/public";
import { BackLink } from "@/components/layout/BackLink";

// Personal: rendered for each request, never stored by a shared cache, never indexed, and
// the address (which holds the token) never sent to another site as a referrer.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Retirer votre candidature",
  robots: { index: false, follow: false },
  // Not "no-referrer": the confirmation's POST must carry its origin (checked against forgery).
  referrer: "same-origin",
};

type Props = { params: Promise<{ token: string }> };

export default async function WithdrawalPage({ params }: Props) {
  const { token } = await params;
  const preview = await getWithdrawalPreview(token);
  if (!preview) {
    return (
      <ReadingColumn>
        <h1>Ce lien ne permet plus de retirer une candidature</h1>
        <p>
          La candidature qu'il désignait a sans doute déjà été retirée ou effacée : après un retrait, après une demande d'effacement, ou au
          terme de sa durée de conservation. Il se peut aussi que le lien ait été mal copié : vérifiez qu'il est complet, tel qu'il figure
          dans le courriel d'accusé de réception.
        </p>
        <p>
          Pour toute question sur vos données, voyez la page <a href="/donnees-personnelles">données personnelles</a>.
        </p>
        <BackLink href="/">Voir les offres ouvertes</BackLink>
      </ReadingColumn>
    );
  }
  return (
    <ReadingColumn>
      <h1>Retirer votre candidature</h1>
      <p>
        Bonjour {preview.firstName}, vous avez candidaté le {formatDate(preview.createdAt)} au poste « {preview.postingTitle} » (
        {preview.organisationName}).
      </p>
      <div className="fr-callout fr-mb-4w">
        <h2 className="fr-callout__title fr-h6">Ce qui sera effacé</h2>
        <ul className="fr-callout__text fr-text--md">
          <li>votre candidature à cette offre : identité, coordonnées, message et liens ;</li>
          <li>{preview.cvFileName ? `votre CV (${preview.cvFileName})` : "votre CV"} ;</li>
          <li>les notes de l'équipe, l'historique de la candidature et les courriels qui s'y rapportent.</li>
        </ul>
      </div>
      <p>
        L'effacement est définitif : l'équipe ne verra plus votre candidature. Vos candidatures à d'autres offres, s'il y en a, ne sont pas
        touchées.
      </p>
      <form method="post" action={withdrawalConfirmPath(token)}>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" className="fr-btn">
              Retirer ma candidature
            </button>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary" href="/">
              Garder ma candidature
            </a>
          </li>
        </ul>
      </form>
    </ReadingColumn>
  );
}

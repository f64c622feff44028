import type { Metadata } from "next";
import { BackLink } from "@/components/layout/BackLink";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { env } from "@/lib/config/env";
import { formatDate } from "@/lib/dates/paris";
import { getPoolWithdrawalPreview } from "@/lib/pool/withdrawal";
import { poolWithdrawalConfirmPath } from "@/lib/urls/public";

// Personal: rendered for each request, never indexed, its address (the token) never sent elsewhere.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Retirer votre accord pour le vivier",
  robots: { index: false, follow: false },
  // Not "no-referrer": the confirmation's POST must carry its origin (checked against forgery).
  referrer: "same-origin",
};

type Props = { params: Promise<{ token: string }> };

export default async function PoolWithdrawalPage({ params }: Props) {
  const { token } = await params;
  const preview = await getPoolWithdrawalPreview(token);
  if (!preview) {
    return (
      <ReadingColumn>
        <h1>Ce lien ne permet plus de retirer un accord pour le vivier</h1>
        <p>
          L'accord qu'il désignait a sans doute déjà été retiré, ou les candidatures auxquelles il se rapportait ont été effacées. Il se
          peut aussi que le lien ait été mal copié : vérifiez qu'il est complet, tel qu'il figure dans le courriel reçu.
        </p>
        <p>
          Pour toute question sur vos données, voyez la page <a href="/donnees-personnelles">données personnelles</a>.
        </p>
        <BackLink href="/">Voir les offres ouvertes</BackLink>
      </ReadingColumn>
    );
  }
  const retentionMonths = env().APPLICATION_RETENTION_MONTHS;
  return (
    <ReadingColumn>
      <h1>Retirer votre accord pour le vivier</h1>
      <p>
        Bonjour {preview.firstName}, le {formatDate(preview.consentAt)}, vous avez accepté que votre candidature soit conservée dans un
        vivier pour d'autres offres. C'est pourquoi {preview.organisationName} vous a proposé l'offre « {preview.offerTitle} ».
      </p>
      <div className="fr-callout fr-mb-4w">
        <h2 className="fr-callout__title fr-h6">Si vous retirez cet accord</h2>
        <ul className="fr-callout__text fr-text--md">
          {preview.applications === 1 ? (
            <>
              <li>votre candidature quitte le vivier : aucune équipe ne vous proposera plus d'offre à partir de celle-ci ;</li>
              <li>
                elle reste étudiée pour l'offre à laquelle vous avez répondu, puis est effacée au plus {retentionMonths} mois après la fin
                de son recrutement ;
              </li>
            </>
          ) : (
            <>
              <li>
                vos {preview.applications} candidatures quittent le vivier : aucune équipe ne vous proposera plus d'offre à partir de
                celles-ci ;
              </li>
              <li>
                elles restent étudiées pour les offres auxquelles vous avez répondu, puis sont effacées au plus {retentionMonths} mois après
                la fin de leur recrutement ;
              </li>
            </>
          )}
          <li>les offres déjà proposées qui ne vous ont pas encore été envoyées ne le seront pas.</li>
        </ul>
      </div>
      <form method="post" action={poolWithdrawalConfirmPath(token)}>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" className="fr-btn">
              Retirer mon accord
            </button>
          </li>
          <li>
            <a className="fr-btn fr-btn--secondary" href="/">
              Rester dans le vivier
            </a>
          </li>
        </ul>
      </form>
    </ReadingColumn>
  );
}

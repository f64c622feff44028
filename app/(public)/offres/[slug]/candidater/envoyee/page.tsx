import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { getApplicationTarget } from "@/lib/applications/queries";
import { BackLink } from "@/components/layout/BackLink";

// Says nothing about any one application (the address, the CV…): the same page for all, so
// that it can be cached and reloaded, and reveals nothing to someone who opens it directly.
export const revalidate = 300;

type ConfirmationPageProps = { params: Promise<{ slug: string }> };

const loadTarget = cache((slug: string) => getApplicationTarget(slug));

export async function generateMetadata({ params }: ConfirmationPageProps): Promise<Metadata> {
  const target = await loadTarget((await params).slug);
  return { title: target ? `Candidature envoyée : ${target.title}` : "Page non trouvée", robots: { index: false } };
}

export default async function ConfirmationPage({ params }: ConfirmationPageProps) {
  const target = await loadTarget((await params).slug);
  if (!target) notFound();
  return (
    <ReadingColumn>
      <h1>Votre candidature est envoyée</h1>
      <Alert
        severity="success"
        title={`Candidature reçue : ${target.title}`}
        description={`L'équipe ${target.organisationName} a reçu votre candidature.`}
        className="fr-mb-4w"
      />
      <h2>Et maintenant ?</h2>
      <ul>
        <li>
          Un courriel d'accusé de réception part vers l'adresse que vous avez indiquée. Vérifiez vos courriers indésirables s'il n'arrive
          pas dans quelques minutes.
        </li>
        <li>
          L'équipe qui recrute étudie votre candidature et vous répond, que votre profil soit retenu ou non. Pour compléter votre
          candidature, répondez à l'accusé de réception.
        </li>
        <li>
          Si vous aviez déjà candidaté à cette offre avec la même adresse, votre première candidature est conservée, et un courriel vous
          l'explique.
        </li>
      </ul>
      <p>
        Ce que nous conservons, combien de temps, et comment en demander l'effacement :{" "}
        <a href="/donnees-personnelles">données personnelles</a>.
      </p>
      <BackLink href="/">Voir les autres offres</BackLink>
    </ReadingColumn>
  );
}

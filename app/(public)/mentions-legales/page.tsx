import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SERVICE_NAME } from "@/lib/brand";
import Link from "next/link";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <ReadingColumn>
      <h1>Mentions légales</h1>

      <h2>Éditeur</h2>
      <p>Le service {SERVICE_NAME} est édité par la Direction interministérielle du numérique (DINUM), 20 avenue de Ségur, 75007 Paris.</p>

      <h2>Directeur de la publication</h2>
      <p>Le directeur interministériel du numérique.</p>

      <h2>Hébergement</h2>
      <p>
        Le service peut être déployé par différentes équipes de l'État. L'hébergeur dépend donc du déploiement : son nom, son adresse et son
        moyen de contact sont communiqués par l'opérateur de l'instance que vous consultez.
      </p>

      <h2>Contenu des offres</h2>
      <p>
        Chaque offre est rédigée et publiée sous la responsabilité de l'équipe qui recrute. Les liens vers d'autres sites, notamment pour
        candidater, mènent vers des sites dont la DINUM n'est pas responsable.
      </p>

      <h2>Licences</h2>
      <p>
        Sauf mention contraire, les textes de ce site sont publiés sous la licence Etalab 2.0. Le code source du service est distribué sous
        la licence MIT.
      </p>

      <h2>Cookies et mesure d'audience</h2>
      <p>Ce site ne dépose aucun cookie et ne mesure pas son audience.</p>

      <h2>Accessibilité</h2>
      <p>
        Le site n'a pas encore fait l'objet d'un audit d'accessibilité : il est non conforme au RGAA. La{" "}
        <Link href="/accessibilite">déclaration d'accessibilité</Link> détaille la situation et la façon de nous signaler une difficulté.
      </p>

      <h2>Données personnelles</h2>
      <p>
        La page <Link href="/donnees-personnelles">Données personnelles</Link> décrit les données traitées par le service et la façon
        d'exercer vos droits.
      </p>
    </ReadingColumn>
  );
}

import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SiteContact } from "@/components/legal/SiteContact";
import { SERVICE_NAME } from "@/lib/brand";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

export default function AccessibilityPage() {
  return (
    <ReadingColumn>
      <h1>Déclaration d'accessibilité</h1>
      <p>
        La Direction interministérielle du numérique (DINUM) s'engage à rendre ses services numériques accessibles, conformément à l'article
        47 de la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>
        Cette déclaration d'accessibilité s'applique au site {SERVICE_NAME}, qui publie les offres d'emploi des équipes numériques de
        l'État.
      </p>

      <h2>État de conformité</h2>
      <p>
        Le site {SERVICE_NAME} est <strong>non conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA) :
        aucun audit de conformité n'a encore été réalisé.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        En l'absence d'audit, aucun taux de conformité ne peut être annoncé. Le site utilise le Système de design de l'État (DSFR), conçu
        pour respecter le RGAA, et des tests automatisés vérifient une partie des critères sur les pages principales à chaque modification.
        Ces tests ne couvrent qu'une partie du référentiel et ne remplacent pas un audit.
      </p>

      <h2>Contenus non accessibles</h2>
      <p>
        Tant qu'un audit n'a pas été mené, la liste des non-conformités n'est pas établie. Les difficultés suivantes sont déjà connues :
      </p>
      <ul>
        <li>
          le texte des offres est rédigé par les équipes qui recrutent ; les offres reprises des anciens sites de recrutement peuvent
          contenir des liens peu explicites, des tableaux sans en-têtes ou des images sans alternative textuelle ;
        </li>
        <li>
          certaines offres renvoient, pour candidater, vers le site de l'équipe qui recrute, dont l'accessibilité ne dépend pas de ce site.
        </li>
      </ul>

      <h2>Établissement de cette déclaration d'accessibilité</h2>
      <p>Cette déclaration a été établie le 22 novembre 2026.</p>
      <h3>Technologies utilisées pour la réalisation du site</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>JavaScript (React, Next.js)</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>Les tests automatisés sont exécutés avec l'outil axe-core dans le navigateur Chromium.</p>
      <h3>Pages concernées par les tests automatisés</h3>
      <ul>
        <li>la page d'accueil et la liste des offres ;</li>
        <li>une offre ouverte et une offre clôturée ;</li>
        <li>la page d'erreur « Page non trouvée » ;</li>
        <li>les pages d'accessibilité, de mentions légales et de données personnelles.</li>
      </ul>

      <h2>Retour d'information et contact</h2>
      <p>
        Si vous n'arrivez pas à accéder à un contenu ou à un service, vous pouvez écrire <SiteContact /> pour être orienté vers une solution
        accessible ou obtenir le contenu sous une autre forme.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous constatez un défaut d'accessibilité qui vous empêche d'accéder à un contenu ou à une fonctionnalité du site, que vous nous
        l'avez signalé et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>
          écrire un message au Défenseur des droits, avec le{" "}
          <a href="https://formulaire.defenseurdesdroits.fr/" rel="noopener">
            formulaire de saisine en ligne
          </a>{" "}
          ;
        </li>
        <li>
          contacter{" "}
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues" rel="noopener">
            le délégué du Défenseur des droits dans votre région
          </a>{" "}
          ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX
          07.
        </li>
      </ul>
    </ReadingColumn>
  );
}

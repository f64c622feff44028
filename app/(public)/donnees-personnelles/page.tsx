import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SiteContact } from "@/components/legal/SiteContact";
import { SERVICE_NAME } from "@/lib/brand";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PersonalDataPage() {
  return (
    <ReadingColumn>
      <h1>Données personnelles</h1>
      <p>
        Le service {SERVICE_NAME} est édité par la Direction interministérielle du numérique (DINUM), responsable des traitements décrits
        sur cette page.
      </p>

      <h2>Offres d'emploi</h2>
      <p>
        Le service conserve les offres d'emploi publiées par les équipes. Une offre peut contenir l'adresse électronique professionnelle
        d'une personne à contacter et, dans son texte, le nom de membres de l'équipe qui recrute. Ces informations sont publiées par
        l'équipe elle-même, pour permettre aux personnes intéressées de la contacter.
      </p>
      <p>
        Une offre reste consultable tant qu'elle est en ligne ; une offre clôturée ou pourvue peut rester visible pour information, avec la
        mention de sa clôture.
      </p>
      <p>
        Le fondement de ce traitement est l'exécution d'une mission d'intérêt public (article 6, paragraphe 1, point e du règlement général
        sur la protection des données).
      </p>

      <h2>Visiteurs du site</h2>
      <p>
        Le site ne demande aucune information à ses visiteurs, ne crée pas de compte et ne dépose aucun cookie. Comme tout site web, le
        serveur qui l'héberge enregistre des journaux techniques (adresse IP, page demandée, date et heure) utilisés pour la sécurité du
        service.
      </p>

      <h2 id="candidatures">Candidatures</h2>
      <p>
        Lorsque vous candidatez avec le formulaire d'une offre, l'équipe qui recrute a besoin de vous connaître et de vous répondre. Le
        service conserve pour cela :
      </p>
      <ul>
        <li>vos prénom, nom et adresse électronique, et votre téléphone si vous l'indiquez ;</li>
        <li>votre message et votre CV ;</li>
        <li>les liens vers vos profils (LinkedIn, GitHub, portfolio) si vous les indiquez ;</li>
        <li>
          la date de votre candidature et de votre accord, et si elle a passé la vérification anti-robot (sinon, l'équipe la vérifie
          elle-même) ;
        </li>
        <li>les courriels envoyés à son sujet (l'accusé de réception, l'avis à l'équipe).</li>
      </ul>
      <p>
        Rien d'autre ne vous est demandé : ni numéro de sécurité sociale, ni date de naissance, ni photo. Votre adresse IP n'est pas
        enregistrée avec votre candidature ; seul un compteur anonymisé limite le nombre d'envois depuis une même connexion. Si le
        formulaire vous est renvoyé pour correction, ce que vous aviez saisi (sans le CV) est gardé une heure au plus pour vous l'afficher
        de nouveau.
      </p>
      <h3>Combien de temps</h3>
      <ul>
        <li>
          votre candidature et votre CV sont conservés au plus 3 mois après la fin du recrutement auquel ils répondent, puis supprimés ;
        </li>
        <li>
          si vous cochez la case du vivier, ils peuvent être conservés au plus 2 ans après notre dernier échange, pour vous proposer
          d'autres postes ; vous pouvez retirer cet accord à tout moment.
        </li>
      </ul>
      <h3>Qui y a accès</h3>
      <p>
        Seules les personnes chargées du recrutement dans l'équipe qui publie l'offre consultent votre candidature, ainsi que les
        administrateurs du service lorsque c'est nécessaire à son fonctionnement. Votre CV n'est jamais accessible par une adresse publique.
        Vos données ne sont ni vendues, ni cédées, ni utilisées à des fins commerciales.
      </p>
      <p>
        Le fondement de ce traitement est votre consentement, que vous donnez en cochant la case prévue à cet effet, et que vous pouvez
        retirer à tout moment.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition sur les données qui vous concernent.
        Pour demander qu'une information vous concernant soit corrigée ou effacée, ou pour retirer votre candidature, écrivez{" "}
        <SiteContact /> depuis l'adresse avec laquelle vous avez candidaté, en précisant l'offre. Votre candidature, votre CV et les
        courriels qui s'y rapportent sont alors effacés. Une réponse vous sera apportée dans un délai d'un mois.
      </p>
      <p>
        Vous pouvez aussi retirer vous-même une candidature, à tout moment : l'accusé de réception contient un lien personnel qui l'efface
        aussitôt, avec votre CV.
      </p>
      <p>
        Si vous avez coché la case du vivier, l'équipe à laquelle vous avez candidaté peut vous écrire, pendant 2 ans au plus après votre
        accord, pour vous proposer une autre de ses offres : un courriel par offre, jamais deux fois la même. Chacun contient un lien
        personnel qui retire aussitôt votre accord, pour toutes vos candidatures ; elles suivent alors la durée de conservation ordinaire.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la
        Commission nationale de l'informatique et des libertés (CNIL), sur{" "}
        <a href="https://www.cnil.fr/fr/plaintes" rel="noopener">
          le site de la CNIL
        </a>{" "}
        ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
      </p>
    </ReadingColumn>
  );
}

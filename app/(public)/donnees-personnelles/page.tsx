import type { Metadata } from "next";
import { ReadingColumn } from "@/components/layout/ReadingColumn";
import { SiteContact } from "@/components/legal/SiteContact";

export const metadata: Metadata = { title: "Données personnelles" };

export default function PersonalDataPage() {
  return (
    <ReadingColumn>
      <h1>Données personnelles</h1>
      <p>
        Le service Rejoindre est édité par la Direction interministérielle du numérique (DINUM),
        responsable des traitements décrits sur cette page.
      </p>

      <h2>Ce que le service conserve aujourd'hui</h2>
      <p>
        Le service conserve les offres d'emploi publiées par les équipes. Une offre peut contenir
        l'adresse électronique professionnelle d'une personne à contacter et, dans son texte, le nom
        de membres de l'équipe qui recrute. Ces informations sont publiées par l'équipe elle-même,
        pour permettre aux personnes intéressées de la contacter.
      </p>
      <p>
        Une offre reste consultable tant qu'elle est en ligne ; une offre clôturée ou pourvue peut
        rester visible pour information, avec la mention de sa clôture.
      </p>
      <p>
        Le fondement de ce traitement est l'exécution d'une mission d'intérêt public (article 6,
        paragraphe 1, point e du règlement général sur la protection des données).
      </p>

      <h2>Visiteurs du site</h2>
      <p>
        Le site ne demande aucune information à ses visiteurs, ne crée pas de compte et ne dépose
        aucun cookie. Comme tout site web, le serveur qui l'héberge enregistre des journaux
        techniques (adresse IP, page demandée, date et heure) utilisés pour la sécurité du service.
      </p>

      <h2>Candidatures</h2>
      <p>
        Le dépôt de candidature sur ce site n'est pas encore ouvert : aujourd'hui, vous candidatez
        par courrier électronique auprès de l'équipe qui recrute, ou sur son propre site. Ces
        échanges ne passent pas par Rejoindre.
      </p>
      <p>
        Lorsque le formulaire de candidature sera disponible, cette page décrira précisément les
        informations demandées. Les règles suivantes s'appliqueront :
      </p>
      <ul>
        <li>
          une candidature sera conservée au plus 3 mois après la fin du recrutement auquel elle
          répond, puis supprimée ;
        </li>
        <li>
          si vous l'acceptez explicitement, elle pourra être conservée au plus 2 ans dans un vivier,
          pour vous proposer d'autres postes ; vous pourrez retirer cet accord à tout moment ;
        </li>
        <li>
          seules les personnes chargées du recrutement dans l'équipe qui publie l'offre pourront
          consulter votre candidature, ainsi que les administrateurs du service lorsque c'est
          nécessaire à son fonctionnement ;
        </li>
        <li>vos données ne seront ni vendues, ni cédées, ni utilisées à des fins commerciales.</li>
      </ul>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et
        d'opposition sur les données qui vous concernent. Pour demander qu'une information vous
        concernant soit corrigée ou effacée, écrivez <SiteContact />. Une réponse vous sera apportée
        dans un délai d'un mois.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous
        pouvez adresser une réclamation à la Commission nationale de l'informatique et des libertés
        (CNIL), sur{" "}
        <a href="https://www.cnil.fr/fr/plaintes" rel="noopener">
          le site de la CNIL
        </a>{" "}
        ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.
      </p>
    </ReadingColumn>
  );
}

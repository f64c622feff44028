import { headerFooterDisplayItem } from "@codegouvfr/react-dsfr/Display";
import { Footer } from "@codegouvfr/react-dsfr/Footer";
import { HOME_LINK, SERVICE_NAME } from "@/lib/brand";

export function SiteFooter() {
  return (
    <Footer
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      homeLinkProps={HOME_LINK}
      contentDescription={`${SERVICE_NAME} publie les offres d'emploi des équipes numériques de l'État : les start-ups d'État de beta.gouv.fr, Etalab, la Direction interministérielle du numérique (DINUM) et leurs partenaires.`}
      // No accessibility audit has been carried out yet: the law asks us to say so.
      accessibility="non compliant"
      accessibilityLinkProps={{ href: "/accessibilite" }}
      termsLinkProps={{ href: "/mentions-legales" }}
      // The footer renders DSFR's display-settings dialog; this item is the button that opens it.
      bottomItems={[
        { text: "Données personnelles", linkProps: { href: "/donnees-personnelles" } },
        { text: "Espace recruteurs", linkProps: { href: "/admin" } },
        headerFooterDisplayItem,
      ]}
    />
  );
}

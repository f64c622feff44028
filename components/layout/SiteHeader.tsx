import { Header } from "@codegouvfr/react-dsfr/Header";
import { HOME_LINK, SERVICE_NAME, SERVICE_TAGLINE } from "@/lib/brand";

export function SiteHeader() {
  return (
    <Header
      brandTop={
        <>
          République
          <br />
          Française
        </>
      }
      serviceTitle={SERVICE_NAME}
      serviceTagline={SERVICE_TAGLINE}
      homeLinkProps={HOME_LINK}
    />
  );
}

import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SERVICE_NAME, SERVICE_TAGLINE } from "@/lib/brand";
import { DsfrProvider, StartDsfrOnHydration } from "@/components/dsfr/DsfrProvider";
import { DsfrHead, getHtmlAttributes } from "@/components/dsfr/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteSkipLinks } from "@/components/layout/SiteSkipLinks";
import { siteUrl } from "@/lib/site";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `${SERVICE_NAME} – ${SERVICE_TAGLINE}`, template: `%s – ${SERVICE_NAME}` },
  description:
    "Les offres d'emploi, de stage et de mission des start-ups d'État, d'Etalab, de la DINUM et des équipes numériques de l'État.",
};

const LANG = "fr";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html {...getHtmlAttributes({ lang: LANG })}>
      <head>
        <DsfrHead preloadFonts={["Marianne-Regular", "Marianne-Medium", "Marianne-Bold"]} />
      </head>
      <body>
        <DsfrProvider lang={LANG}>
          <StartDsfrOnHydration />
          <SiteSkipLinks />
          <SiteHeader />
          <main id="contenu" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </DsfrProvider>
      </body>
    </html>
  );
}

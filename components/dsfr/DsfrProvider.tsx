"use client";
// Client half of the react-dsfr App Router wiring; the server half is ./server.tsx.
import { DsfrProviderBase, StartDsfrOnHydration } from "@codegouvfr/react-dsfr/next-app-router";
import Link from "next/link";
import type { ReactNode } from "react";
import { defaultColorScheme } from "@/lib/dsfr/color-scheme";

declare module "@codegouvfr/react-dsfr/next-app-router" {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export function DsfrProvider({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <DsfrProviderBase lang={lang} defaultColorScheme={defaultColorScheme} Link={Link}>
      {children}
    </DsfrProviderBase>
  );
}

export { StartDsfrOnHydration };

import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// Follow the visitor's system setting; DSFR ships both themes. Read by the DSFR wiring
// (components/dsfr) and by the Content-Security-Policy, which hashes the head script it shapes.
export const defaultColorScheme: DefaultColorScheme = "system";

import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// Follow the visitor's system setting; DSFR ships both themes.
export const defaultColorScheme: DefaultColorScheme = "system";

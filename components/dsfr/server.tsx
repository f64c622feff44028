// Server half of the react-dsfr wiring: DsfrHeadBase must render from a server component
// (rendering it from a client file fails prerendering).
import { createGetHtmlAttributes, DsfrHeadBase, type DsfrHeadProps } from "@codegouvfr/react-dsfr/next-app-router/server-only-index";
import Link from "next/link";
import { defaultColorScheme } from "@/lib/dsfr/color-scheme";

export const { getHtmlAttributes } = createGetHtmlAttributes({ defaultColorScheme });

export function DsfrHead(props: Omit<DsfrHeadProps, "Link">) {
  return <DsfrHeadBase Link={Link} {...props} />;
}

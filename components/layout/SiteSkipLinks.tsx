"use client";
import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { usePathname } from "next/navigation";
import { isListingPath, RESULTS_ANCHOR } from "@/lib/urls/public";

/**
 * The skip links at the top of every page. "Contenu" stays first everywhere, where people expect
 * it; on a list of postings the results come right after it: after a search (with or without
 * JavaScript) they are what the visitor came for, below a long form.
 */
export function SiteSkipLinks() {
  const listing = isListingPath(usePathname());
  return (
    <SkipLinks
      links={[
        { label: "Contenu", anchor: "#contenu" },
        ...(listing ? [{ label: "Résultats", anchor: `#${RESULTS_ANCHOR}` }] : []),
        { label: "Pied de page", anchor: "#fr-footer" },
      ]}
    />
  );
}

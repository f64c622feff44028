import Link from "next/link";
import type { ReactNode } from "react";

/** The DSFR "back" link in its own paragraph: to the page a person came from or the list of offers. */
export function BackLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <p className={className}>
      <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={href}>
        {children}
      </Link>
    </p>
  );
}

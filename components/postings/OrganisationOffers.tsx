import Link from "next/link";
import { organisationFeedPath } from "@/lib/urls/public";

type Organisation = { slug: string; name: string };

/**
 * From a posting to the other offers of its organisation: the search form lists incubators
 * and teams, not every start-up, so this link is how a start-up's offers are found by filter.
 */
export function OrganisationOffers({ organisation }: { organisation: Organisation }) {
  return (
    <ul className="fr-links-group fr-mt-4w fr-mb-0">
      <li>
        <Link className="fr-link fr-text--sm" href={`/?organisation=${encodeURIComponent(organisation.slug)}`}>
          Toutes les offres de {organisation.name}
        </Link>
      </li>
      <li>
        <a className="fr-link fr-text--sm" href={organisationFeedPath(organisation.slug)} type="application/atom+xml">
          Suivre ses offres (flux Atom)
        </a>
      </li>
    </ul>
  );
}

import { CallOut } from "@codegouvfr/react-dsfr/CallOut";
import Link from "next/link";
import type { PostingFilters } from "@/lib/postings/search/filters";
import { listingPath } from "@/lib/urls/public";

/** The empty state of a search: what to try next, with the same search in the other list. */
export function NoMatchingPostings({ filters, archive }: { filters: PostingFilters; archive: boolean }) {
  const sameSearchElsewhere = listingPath(archive ? "open" : "archive", filters);
  return (
    <CallOut title="Aucune offre ne correspond à votre recherche" titleAs="h2">
      Vérifiez l'orthographe, essayez un mot plus général (« développeur » plutôt que « développeur Django senior ») ou retirez un filtre.
      <br />
      <Link href={listingPath(archive ? "archive" : "open")}>
        {archive ? "Voir toutes les offres clôturées" : "Voir toutes les offres ouvertes"}
      </Link>
      {" · "}
      <Link href={sameSearchElsewhere}>
        {archive ? "Chercher parmi les offres ouvertes" : "Chercher parmi les offres clôturées et pourvues"}
      </Link>
    </CallOut>
  );
}

import { Alert } from "@codegouvfr/react-dsfr/Alert";
import Link from "next/link";
import { formatDate } from "@/lib/dates/paris";
import type { PublicPosting } from "@/lib/postings/queries";

/** Said right under the title, so nobody reads a whole posting before learning it is over. */
export function PostingClosedAlert({ posting, preview }: { posting: PublicPosting; preview?: boolean }) {
  if (posting.open) return null;
  const filled = posting.filledAt !== null;
  const endedAt = posting.filledAt ?? posting.closedAt ?? posting.closesAt;
  const since = endedAt ? ` depuis le ${formatDate(endedAt)}` : "";
  return (
    <Alert
      className="fr-mb-4w"
      severity="info"
      as="h2"
      title={filled ? "Cette offre est pourvue" : "Cette offre est clôturée"}
      description={
        <>
          {filled ? `Le poste est pourvu${since}` : `Elle n'accepte plus de candidatures${since}`}. Elle reste en ligne pour information.{" "}
          {/* A preview leads nowhere. */}
          {!preview && <Link href="/">Voir les offres ouvertes</Link>}
        </>
      }
    />
  );
}

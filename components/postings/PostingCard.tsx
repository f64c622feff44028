import { Badge } from "@codegouvfr/react-dsfr/Badge";
import { Card } from "@codegouvfr/react-dsfr/Card";
import { formatDate, parisDay } from "@/lib/dates/paris";
import { contractLabel, organisationLabel } from "@/lib/postings/labels";
import type { PostingCard as PostingCardData } from "@/lib/postings/queries";
import { postingPath } from "@/lib/urls/public";

export function PostingCard({ posting }: { posting: PostingCardData }) {
  const contract = contractLabel(posting.contractType);
  return (
    <Card
      titleAs="h2"
      title={posting.title}
      linkProps={{ href: postingPath(posting.slug) }}
      enlargeLink
      size="small"
      start={
        contract ? (
          <ul className="fr-badges-group">
            <li>
              <Badge small noIcon severity="info" as="span">
                {contract}
              </Badge>
            </li>
          </ul>
        ) : undefined
      }
      desc={organisationLabel(posting.organisation)}
      end={
        <>
          {posting.location && <p className="fr-card__detail fr-icon-map-pin-2-line fr-mb-1v">{posting.location}</p>}
          {posting.publishedAt && (
            <p className="fr-card__detail">
              {/* The detail line is a flex box: without this span the space before the date collapses. */}
              <span>
                Publiée le <time dateTime={parisDay(posting.publishedAt)}>{formatDate(posting.publishedAt)}</time>
              </span>
            </p>
          )}
        </>
      }
    />
  );
}

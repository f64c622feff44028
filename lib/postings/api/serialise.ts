import type { PostingCard, PublicPosting } from "@/lib/postings/queries";
import { absoluteUrl } from "@/lib/site";
import { postingPath } from "@/lib/urls/public";
import { postingSchema, postingSummarySchema, type ApiPosting, type ApiPostingSummary } from "./schema";

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function organisationOf(card: PostingCard) {
  const { slug, name, kind, parent } = card.organisation;
  return { slug, name, kind, parent: parent ? { slug: parent.slug, name: parent.name, kind: parent.kind } : null };
}

/** A card as the API lists it, checked against its schema. */
export function toApiSummary(card: PostingCard): ApiPostingSummary {
  return postingSummarySchema.parse({
    slug: card.slug,
    url: absoluteUrl(postingPath(card.slug)),
    title: card.title,
    roles: card.roles,
    organisation: organisationOf(card),
    contractType: card.contractType,
    location: card.location,
    remotePolicy: card.remotePolicy,
    publishedAt: iso(card.publishedAt),
  });
}

/** A public posting as the API gives it, checked against its schema. */
export function toApiPosting(posting: PublicPosting): ApiPosting {
  return postingSchema.parse({
    ...toApiSummary(posting),
    open: posting.open,
    status: posting.status,
    team: posting.team,
    contractDetail: posting.contractDetail,
    duration: posting.duration,
    startDate: iso(posting.startDate),
    startDateText: posting.startDateText,
    remoteDetail: posting.remoteDetail,
    pay: posting.pay,
    contactEmail: posting.contactEmail,
    externalUrl: posting.externalUrl,
    juniorsWelcome: posting.juniorsWelcome,
    closesAt: iso(posting.closesAt),
    closedAt: iso(posting.closedAt),
    filledAt: iso(posting.filledAt),
    updatedAt: posting.updatedAt.toISOString(),
    domains: posting.domains.map(({ domain }) => domain),
    technologies: posting.technologies.map(({ name }) => name),
    body: posting.body,
  });
}

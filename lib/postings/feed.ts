import "server-only";
import { Feed } from "feed";
import { getDb } from "@/lib/db/client";
import { contractLabel, organisationLabel } from "@/lib/postings/labels";
import { FEED_PATH, organisationFeedPath, postingPath } from "@/lib/urls/public";
import { newestFirst } from "@/lib/postings/queries";
import { openWhere } from "@/lib/postings/visibility";
import { absoluteUrl } from "@/lib/site";
import { SERVICE_NAME } from "@/lib/brand";

/** A feed lists the newest open postings; older ones are on the site and in the API. */
export const FEED_SIZE = 50;

/**
 * The Atom feed of open postings, overall or of one organisation (with its start-ups).
 * null when the organisation does not exist.
 */
export async function openPostingsFeed(organisationSlug?: string, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const organisation = organisationSlug
    ? await db.organisation.findUnique({ where: { slug: organisationSlug }, select: { slug: true, name: true } })
    : null;
  if (organisationSlug && !organisation) return null;
  const where = organisation
    ? {
        AND: [
          openWhere(now),
          { OR: [{ organisation: { slug: organisation.slug } }, { organisation: { parent: { slug: organisation.slug } } }] },
        ],
      }
    : openWhere(now);
  const postings = await db.posting.findMany({
    where,
    orderBy: newestFirst(db),
    take: FEED_SIZE,
    select: {
      slug: true,
      title: true,
      contractType: true,
      location: true,
      publishedAt: true,
      updatedAt: true,
      createdAt: true,
      organisation: { select: { name: true, kind: true, parent: { select: { name: true, kind: true } } } },
      domains: { select: { domain: true } },
    },
  });

  const selfPath = organisation ? organisationFeedPath(organisation.slug) : FEED_PATH;
  const feed = new Feed({
    id: absoluteUrl(selfPath),
    title: organisation ? `${SERVICE_NAME} – offres de ${organisation.name}` : `${SERVICE_NAME} – offres ouvertes`,
    description: "Les offres d'emploi ouvertes des équipes numériques de l'État.",
    link: absoluteUrl(organisation ? `/?organisation=${organisation.slug}` : "/"),
    language: "fr",
    // The newest change among the listed postings, so that an unchanged feed reads as unchanged.
    updated: new Date(Math.max(0, ...postings.map((p) => p.updatedAt.getTime()))),
    feedLinks: { atom: absoluteUrl(selfPath) },
    generator: SERVICE_NAME,
    copyright: "Licence Ouverte / Open Licence 2.0",
  });
  for (const posting of postings) {
    const facts = [contractLabel(posting.contractType), organisationLabel(posting.organisation), posting.location];
    feed.addItem({
      id: absoluteUrl(postingPath(posting.slug)),
      link: absoluteUrl(postingPath(posting.slug)),
      title: posting.title,
      description: facts.filter(Boolean).join(" · "),
      date: posting.updatedAt,
      published: posting.publishedAt ?? posting.createdAt,
      author: [{ name: posting.organisation.name }],
      category: posting.domains.map(({ domain }) => ({ term: domain })),
    });
  }
  return feed.atom1();
}

/** The overall Atom feed of open postings. */
export const FEED_PATH = "/flux/offres.atom";

/** The Atom feed of one organisation (an incubator's includes its start-ups). */
export const organisationFeedPath = (slug: string) => `/flux/organisations/${slug}.atom`;

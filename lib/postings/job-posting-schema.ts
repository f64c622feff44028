// schema.org JobPosting for search engines (Google's job search reads it): the required
// fields, and the recommended ones the posting knows.
import type { ContractType } from "@/lib/db/models";
import { communeByCode } from "@/lib/places/communes";
import type { PublicPosting } from "@/lib/postings/queries";
import { organisationLabel } from "@/lib/postings/labels";

/** Google's employmentType values for each contract. */
export const employmentTypes: Record<ContractType, string[]> = {
  PERMANENT: ["FULL_TIME"],
  FIXED_TERM: ["FULL_TIME", "TEMPORARY"],
  INTERNSHIP: ["INTERN"],
  APPRENTICESHIP: ["INTERN", "TEMPORARY"],
  FREELANCE: ["CONTRACTOR"],
  PUBLIC_SERVANT: ["FULL_TIME"],
  OTHER: ["OTHER"],
};

const FRANCE = { "@type": "Country", name: "France" } as const;

type Place = PublicPosting["places"][number];

/** A commune as a schema.org Place: the postcode the posting gave, else one of the commune's. */
function placeOf(place: Place) {
  const postalCode = place.postcode ?? communeByCode(place.inseeCode)?.postcodes[0];
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      addressLocality: place.name,
      ...(postalCode && { postalCode }),
      addressRegion: place.regionName,
      addressCountry: "FR",
    },
  };
}

/** One Place per commune; without communes, the free text as the locality. */
function jobLocationOf(posting: PublicPosting) {
  if (posting.places.length > 1) return posting.places.map(placeOf);
  if (posting.places.length === 1) return placeOf(posting.places[0]!);
  return posting.location
    ? { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: posting.location, addressCountry: "FR" } }
    : { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "FR" } };
}

/** The JobPosting of an open posting; `url` is its absolute address. */
export function jobPostingJsonLd(posting: PublicPosting, url: string): Record<string, unknown> {
  const remote = posting.remotePolicy === "FULL";
  const datePosted = posting.publishedAt ?? posting.opensAt ?? posting.updatedAt;
  const location = jobLocationOf(posting);
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: posting.title,
    description: posting.body,
    datePosted: datePosted.toISOString(),
    ...(posting.closesAt && { validThrough: posting.closesAt.toISOString() }),
    ...(posting.contractType && { employmentType: employmentTypes[posting.contractType] }),
    hiringOrganization: {
      "@type": "Organization",
      name: organisationLabel(posting.organisation),
    },
    identifier: {
      "@type": "PropertyValue",
      name: posting.organisation.name,
      value: posting.slug,
    },
    url,
    directApply: false,
    // A fully remote posting may have no place; one with a place keeps it too.
    ...(remote
      ? {
          jobLocationType: "TELECOMMUTE",
          applicantLocationRequirements: FRANCE,
          ...((posting.location || posting.places.length > 0) && { jobLocation: location }),
        }
      : { jobLocation: location }),
    ...(posting.technologies.length > 0 && { skills: posting.technologies.map(({ name }) => name).join(", ") }),
    ...(posting.startDate && { jobStartDate: posting.startDate.toISOString().slice(0, 10) }),
    ...(posting.juniorsWelcome && { experienceRequirements: "Ouvert aux profils juniors" }),
  };
}

/**
 * The JSON-LD as the text of a <script>: "<" escaped so that no posting text can close the
 * script element ("</script>") or open a comment.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

import { describe, expect, it } from "vitest";
import type { PublicPosting } from "@/lib/postings/queries";
import { jobPostingJsonLd, jsonLdScriptText } from "./job-posting-schema";

const URL = "https://rejoindre.example/offres/dev";

function posting(overrides: Partial<PublicPosting> = {}): PublicPosting {
  return {
    slug: "dev",
    title: "Développeuse back-end",
    roles: null,
    contractType: "FIXED_TERM",
    location: "Lyon",
    remotePolicy: "PARTIAL",
    publishedAt: new Date("2026-11-02T08:00:00Z"),
    organisation: { slug: "aides", name: "Aides", kind: "STARTUP", parent: { slug: "beta", name: "beta.gouv.fr", kind: "INCUBATOR" } },
    team: null,
    contractDetail: null,
    duration: null,
    startDate: null,
    startDateText: null,
    remoteDetail: null,
    pay: null,
    contactEmail: null,
    externalUrl: null,
    juniorsWelcome: null,
    status: "PUBLISHED",
    opensAt: null,
    closesAt: new Date("2026-12-15T22:59:59Z"),
    closedAt: null,
    filledAt: null,
    body: "## La mission\n\nConstruire l'API.",
    updatedAt: new Date("2026-11-03T08:00:00Z"),
    domains: [],
    technologies: [{ name: "Go" }],
    places: [],
    open: true,
    ...overrides,
  };
}

// Google's required properties for a JobPosting, and those it recommends that we know.
const REQUIRED = ["@context", "@type", "title", "description", "datePosted", "hiringOrganization"];

describe("JobPosting JSON-LD", () => {
  it("has Google's required fields, and the recommended ones the posting knows", () => {
    const data = jobPostingJsonLd(posting(), URL);
    for (const field of REQUIRED) expect(data, field).toHaveProperty(field);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "JobPosting",
      title: "Développeuse back-end",
      datePosted: "2026-11-02T08:00:00.000Z",
      validThrough: "2026-12-15T22:59:59.000Z",
      employmentType: ["FULL_TIME", "TEMPORARY"],
      hiringOrganization: { "@type": "Organization", name: "Aides (beta.gouv.fr)" },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Lyon", addressCountry: "FR" } },
      identifier: { "@type": "PropertyValue", value: "dev" },
      url: URL,
    });
    expect(data.description).toContain("Construire l'API.");
    expect(data).not.toHaveProperty("jobLocationType");
  });

  it("says TELECOMMUTE with the country candidates may live in for a fully remote posting", () => {
    const data = jobPostingJsonLd(posting({ remotePolicy: "FULL", location: null }), URL);
    expect(data).toMatchObject({
      jobLocationType: "TELECOMMUTE",
      applicantLocationRequirements: { "@type": "Country", name: "France" },
    });
    expect(data).not.toHaveProperty("jobLocation");
  });

  it("leaves out what is unknown rather than inventing it", () => {
    const data = jobPostingJsonLd(posting({ closesAt: null, contractType: null, publishedAt: null }), URL);
    expect(data).not.toHaveProperty("validThrough");
    expect(data).not.toHaveProperty("employmentType");
    expect(data.datePosted).toBe("2026-11-03T08:00:00.000Z");
  });

  it("maps each contract to Google's employment types", () => {
    const types = (contractType: PublicPosting["contractType"]) => jobPostingJsonLd(posting({ contractType }), URL).employmentType;
    expect(types("PERMANENT")).toEqual(["FULL_TIME"]);
    expect(types("INTERNSHIP")).toEqual(["INTERN"]);
    expect(types("FREELANCE")).toEqual(["CONTRACTOR"]);
  });

  it("cannot close its script element, whatever the posting says", () => {
    const text = jsonLdScriptText(jobPostingJsonLd(posting({ title: "</script><script>alert(1)</script>" }), URL));
    expect(text).not.toContain("</script");
    expect(JSON.parse(text).title).toBe("</script><script>alert(1)</script>");
  });

  const RENNES = { inseeCode: "35238", name: "Rennes", postcode: null, departementCode: "35", regionName: "Bretagne" };
  const PARIS_7 = { inseeCode: "75056", name: "Paris", postcode: "75007", departementCode: "75", regionName: "Île-de-France" };

  it("places the posting in its commune: locality, postcode and région", () => {
    const data = jobPostingJsonLd(posting({ location: "Paris 7e, avenue de Ségur", places: [PARIS_7] }), URL);
    expect(data.jobLocation).toEqual({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        addressLocality: "Paris",
        postalCode: "75007",
        addressRegion: "Île-de-France",
        addressCountry: "FR",
      },
    });
  });

  it("gives one Place per commune, with a postcode of the commune when the posting gave none", () => {
    const data = jobPostingJsonLd(posting({ location: "Rennes ou Paris 7e", places: [RENNES, PARIS_7] }), URL);
    expect(data.jobLocation).toEqual([
      expect.objectContaining({
        address: expect.objectContaining({ addressLocality: "Rennes", postalCode: "35000", addressRegion: "Bretagne" }),
      }),
      expect.objectContaining({ address: expect.objectContaining({ addressLocality: "Paris", postalCode: "75007" }) }),
    ]);
  });

  it("keeps the communes of a fully remote posting that has some", () => {
    const data = jobPostingJsonLd(posting({ remotePolicy: "FULL", location: null, places: [RENNES] }), URL);
    expect(data).toMatchObject({ jobLocationType: "TELECOMMUTE", jobLocation: { address: { addressLocality: "Rennes" } } });
  });
});

import type { ImportedPosting, OrganisationRef } from "@/lib/postings/import/types";

export type PostingToSave = ImportedPosting & { organisation: OrganisationRef };

/** A published posting with every optional fact unknown; tests and the benchmark say what matters to them. */
export function aPosting(overrides: Partial<PostingToSave> & Pick<PostingToSave, "slug">): PostingToSave {
  return {
    title: `Offre ${overrides.slug}`,
    roles: null,
    organisation: { name: "Équipe numérique", kind: "TEAM" },
    team: null,
    contractType: null,
    contractDetail: null,
    duration: null,
    startDate: null,
    startDateText: null,
    location: null,
    remotePolicy: null,
    remoteDetail: null,
    pay: null,
    contactEmail: null,
    externalUrl: null,
    juniorsWelcome: null,
    domains: [],
    technologies: [],
    status: "PUBLISHED",
    publishedAt: new Date("2026-11-01T08:00:00Z"),
    opensAt: null,
    closesAt: null,
    closedAt: null,
    filledAt: null,
    body: "Une mission au service des usagers.",
    places: [],
    contacts: [],
    redirectFrom: [],
    extraFrontMatter: {},
    ...overrides,
  };
}

import { postingFormSchema, type PostingInput } from "@/lib/postings/admin/schema";

/** The editor's fields for a complete offer, as the schema reads them; tests say what differs. */
export function postingInput(organisationId: string, over: Record<string, unknown> = {}): PostingInput {
  return postingFormSchema.parse({
    title: "Développeuse ou développeur back-end",
    slug: "",
    organisationId,
    roles: "",
    team: "",
    contractType: "FIXED_TERM",
    contractDetail: "",
    duration: "18 mois",
    startDate: "",
    startDateText: "",
    location: "Paris",
    remotePolicy: "PARTIAL",
    remoteDetail: "",
    pay: "",
    contactEmail: "equipe@a.gouv.fr",
    externalUrl: "",
    juniorsWelcome: "yes",
    domains: ["DEVELOPMENT"],
    technologies: "TypeScript, PostgreSQL",
    opensAt: "",
    publishedAt: "",
    closesAt: "",
    body: "## La mission\n\nConstruire un service public utile.",
    ...over,
  });
}

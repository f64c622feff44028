import { parisLocalToInstant } from "@/lib/dates/paris";
import { ContractType, Domain, RemotePolicy } from "@/lib/db/models";
import type { PublicPosting } from "@/lib/postings/queries";
import { isOpen } from "@/lib/postings/visibility";

type OrganisationName = PublicPosting["organisation"];

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const oneOf = <T extends string>(values: Record<string, T>, value: unknown): T | null =>
  Object.values(values).includes(value as T) ? (value as T) : null;
const day = (value: unknown): Date | null =>
  typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;

/**
 * The form's current values as the public page would show them once published. Lenient:
 * a value the form would refuse is left out rather than stopping the preview.
 */
export function previewFromForm(values: Record<string, unknown>, organisation: OrganisationName, now = new Date()): PublicPosting {
  const publishedAt = (typeof values.publishedAt === "string" && parisLocalToInstant(values.publishedAt)) || now;
  const closesAt = typeof values.closesAt === "string" ? parisLocalToInstant(values.closesAt) : null;
  const juniors = values.juniorsWelcome === "yes" ? true : values.juniorsWelcome === "no" ? false : null;
  const lifecycle = { status: "PUBLISHED" as const, publishedAt: publishedAt > now ? now : publishedAt, closesAt };
  return {
    slug: text(values.slug) ?? "apercu",
    title: text(values.title) ?? "Intitulé de l'offre",
    roles: text(values.roles),
    contractType: oneOf(ContractType, values.contractType),
    // The communes are resolved on saving: until then the preview shows them as typed.
    location: text(values.location) ?? text(values.places),
    remotePolicy: oneOf(RemotePolicy, values.remotePolicy),
    publishedAt: lifecycle.publishedAt,
    organisation,
    team: text(values.team),
    contractDetail: text(values.contractDetail),
    duration: text(values.duration),
    startDate: day(values.startDate),
    startDateText: text(values.startDateText),
    remoteDetail: text(values.remoteDetail),
    pay: text(values.pay),
    contactEmail: text(values.contactEmail),
    externalUrl: text(values.externalUrl),
    juniorsWelcome: juniors,
    status: "PUBLISHED",
    opensAt: day(values.opensAt),
    closesAt,
    closedAt: null,
    filledAt: null,
    body: typeof values.body === "string" ? values.body : "",
    updatedAt: now,
    domains: (Array.isArray(values.domains) ? values.domains : [])
      .map((d) => oneOf(Domain, d))
      .filter((d): d is Domain => d !== null)
      .sort()
      .map((domain) => ({ domain })),
    technologies: (typeof values.technologies === "string" ? values.technologies.split(",") : [])
      .map((t) => t.trim())
      .filter(Boolean)
      .map((name) => ({ name })),
    places: [],
    open: isOpen(lifecycle, now),
  };
}

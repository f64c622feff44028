// The public JSON API's responses, one zod schema each: the route handlers parse what they
// send through them, and the OpenAPI document is generated from them.
import { z } from "zod";

export const apiSchemas = z.registry<{ id: string; description?: string }>();

const contractType = z.enum(["PERMANENT", "FIXED_TERM", "INTERNSHIP", "APPRENTICESHIP", "FREELANCE", "PUBLIC_SERVANT", "OTHER"]);
const remotePolicy = z.enum(["NONE", "PARTIAL", "FULL"]);
const domain = z.enum(["DEVELOPMENT", "DESIGN", "PRODUCT", "COACHING", "DEPLOYMENT", "DATA", "COMMUNITY", "INTRAPRENEURSHIP", "OTHER"]);
const organisationKind = z.enum(["INCUBATOR", "STARTUP", "TEAM", "PARTNER"]);
const dateTime = z.iso.datetime();

export const organisationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: organisationKind,
    parent: z.object({ slug: z.string(), name: z.string(), kind: organisationKind }).nullable(),
  })
  .register(apiSchemas, { id: "Organisation", description: "Organisation qui recrute ; une start-up a pour parent son incubateur." });

export const postingSummarySchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    title: z.string(),
    roles: z.string().nullable(),
    organisation: organisationSchema,
    contractType: contractType.nullable(),
    location: z.string().nullable(),
    remotePolicy: remotePolicy.nullable(),
    publishedAt: dateTime.nullable(),
  })
  .register(apiSchemas, { id: "PostingSummary", description: "Une offre telle que la liste la montre." });

export const postingSchema = postingSummarySchema
  .extend({
    open: z.boolean(),
    status: z.enum(["PUBLISHED", "CLOSED"]),
    team: z.string().nullable(),
    contractDetail: z.string().nullable(),
    duration: z.string().nullable(),
    startDate: dateTime.nullable(),
    startDateText: z.string().nullable(),
    remoteDetail: z.string().nullable(),
    pay: z.string().nullable(),
    contactEmail: z.string().nullable(),
    externalUrl: z.string().nullable(),
    juniorsWelcome: z.boolean().nullable(),
    closesAt: dateTime.nullable(),
    closedAt: dateTime.nullable(),
    filledAt: dateTime.nullable(),
    updatedAt: dateTime,
    domains: z.array(domain),
    technologies: z.array(z.string()),
    body: z.string().meta({ description: "Texte de l'offre en markdown." }),
  })
  .register(apiSchemas, { id: "Posting", description: "Une offre publique (ouverte, clôturée ou pourvue)." });

export const postingListSchema = z
  .object({
    items: z.array(postingSummarySchema),
    page: z.int().min(1),
    perPage: z.int().min(1),
    total: z.int().min(0),
    pageCount: z.int().min(1),
    next: z.url().nullable(),
    previous: z.url().nullable(),
  })
  .register(apiSchemas, { id: "PostingList", description: "Une page des offres ouvertes qui correspondent aux filtres." });

export const apiErrorSchema = z
  .object({
    error: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  })
  .register(apiSchemas, { id: "Error", description: "Message en français ; `fields` nomme chaque paramètre invalide." });

export type ApiPostingSummary = z.infer<typeof postingSummarySchema>;
export type ApiPosting = z.infer<typeof postingSchema>;
export type ApiPostingList = z.infer<typeof postingListSchema>;

import type { Prisma } from "@/lib/db/models";
import { contactsOf } from "@/lib/postings/contacts";
import { placesFieldText } from "./places";

type Tx = Prisma.TransactionClient;

/** Every column a recruiter edits, as the form and the audit log see them. */
export const editableSelect = {
  id: true,
  slug: true,
  title: true,
  roles: true,
  organisationId: true,
  team: true,
  contractType: true,
  contractDetail: true,
  duration: true,
  startDate: true,
  startDateText: true,
  location: true,
  remotePolicy: true,
  remoteDetail: true,
  pay: true,
  contactEmail: true,
  contacts: true,
  externalUrl: true,
  juniorsWelcome: true,
  blindReview: true,
  opensAt: true,
  publishedAt: true,
  closesAt: true,
  closedAt: true,
  filledAt: true,
  status: true,
  body: true,
  version: true,
  domains: { select: { domain: true }, orderBy: { domain: "asc" } },
  technologies: { select: { name: true }, orderBy: { name: "asc" } },
  places: { select: { inseeCode: true, name: true, postcode: true, departementCode: true }, orderBy: { position: "asc" } },
} as const satisfies Prisma.PostingSelect;

export type EditablePosting = Prisma.PostingGetPayload<{ select: typeof editableSelect }>;

export function loadEditable(tx: Tx, id: string): Promise<EditablePosting | null> {
  return tx.posting.findUnique({ where: { id }, select: editableSelect });
}

/** The posting's fields as flat values, lists as sorted arrays: what an audit diff compares. */
export function flatten(posting: EditablePosting): Record<string, unknown> {
  const { domains, technologies, places, contacts, id: _id, version: _version, ...fields } = posting;
  return {
    ...fields,
    contacts: contactsOf(contacts),
    domains: domains.map((d) => d.domain),
    technologies: technologies.map((t) => t.name),
    places: placesFieldText(places),
  };
}

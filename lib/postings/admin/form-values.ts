import type { EditablePosting } from "./load";
import { instantToParisLocal } from "@/lib/dates/paris";
import { contactsOf } from "@/lib/postings/contacts";
import { placesFieldText } from "./places";

const dayValue = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A saved posting as the form's field values (the inverse of postingFormSchema). */
export function formValuesOf(posting: EditablePosting): Record<string, unknown> {
  return {
    title: posting.title,
    slug: posting.slug,
    organisationId: posting.organisationId,
    roles: posting.roles ?? "",
    team: posting.team ?? "",
    contractType: posting.contractType ?? "",
    contractDetail: posting.contractDetail ?? "",
    duration: posting.duration ?? "",
    startDate: dayValue(posting.startDate),
    startDateText: posting.startDateText ?? "",
    location: posting.location ?? "",
    places: placesFieldText(posting.places),
    remotePolicy: posting.remotePolicy ?? "",
    remoteDetail: posting.remoteDetail ?? "",
    pay: posting.pay ?? "",
    contactEmail: posting.contactEmail ?? "",
    contacts: contactsOf(posting.contacts).join("\n"),
    externalUrl: posting.externalUrl ?? "",
    juniorsWelcome: posting.juniorsWelcome === null ? "" : posting.juniorsWelcome ? "yes" : "no",
    domains: posting.domains.map((d) => d.domain),
    technologies: posting.technologies.map((t) => t.name).join(", "),
    opensAt: dayValue(posting.opensAt),
    publishedAt: instantToParisLocal(posting.publishedAt),
    closesAt: instantToParisLocal(posting.closesAt),
    body: posting.body,
  };
}

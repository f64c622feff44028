import { describe, expect, it } from "vitest";
import { knownFieldOf, sortKeys, toJsonValue } from "@/lib/postings/import/keys";

describe("knownFieldOf", () => {
  it.each([
    ["roles", "roles"],
    ["role", "roles"],
    ["Poste_Fermé", "closesAt"],
    ["post_ouvert", "opensAt"],
    ["externalURL", "externalUrl"],
    ["incubateur", "incubator"],
    ["Télétravail", "remote"],
    ["rémunération", "pay"],
    ["pourvu", "filled"],
    ["techno", "technologies"],
    ["domaines", "domains"],
    ["juniors", "juniors"],
    ["lieu", "location"],
    ["published_date", "publishedAt"],
    ["contrats", "contract"],
    ["lieux", "location"],
    ["Durées", "duration"],
    ["salaires", "pay"],
    ["technologie", "technologies"],
    ["domaine", "domains"],
    ["débuts", "startDate"],
    ["Dates_Début", "startDate"],
    ["contacts", "contacts"],
    ["contact", "contact"],
    ["formulaires", "applicationForm"],
    ["depublication_date", "closesAt"],
    ["poste_pourvu", "filled"],
    ["redirect_from", "redirectFrom"],
    ["airtable_formulaire", "applicationForm"],
  ])("%s → %s", (key, field) => {
    expect(knownFieldOf(key)).toBe(field);
  });

  it("does not know layout or tags", () => {
    expect(knownFieldOf("layout")).toBeUndefined();
    expect(knownFieldOf("tags")).toBeUndefined();
  });
});

describe("sortKeys", () => {
  it("keeps the first synonym and sets the other aside with a warning", () => {
    const sorted = sortKeys({ roles: "Designer", role: "Dev", layout: "job", contact: null });
    expect(sorted.known.get("roles")).toEqual({ key: "roles", value: "Designer" });
    expect(sorted.extra).toEqual({ role: "Dev", layout: "job" });
    expect(sorted.known.has("contact")).toBe(false);
    expect(sorted.warnings).toHaveLength(1);
  });
});

describe("toJsonValue", () => {
  it("turns dates into ISO strings and keeps the shape", () => {
    const value = { quand: new Date(Date.UTC(2021, 5, 9)), liste: [new Date(Date.UTC(2021, 0, 1)), Number.NaN], rien: undefined };
    expect(toJsonValue(value)).toEqual({ quand: "2021-06-09T00:00:00.000Z", liste: ["2021-01-01T00:00:00.000Z", "NaN"], rien: null });
  });
});

import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { inboxQueryString, inboxWhere, parseInboxParams } from "./filters";

const admin: Actor = { id: "u", email: "a@x.fr", name: "A", admin: true, memberships: [], secondFactor: "totp" };
const reader: Actor = { ...admin, admin: false, memberships: [{ organisationId: "org-a", role: "READER" }] };

describe("inbox filters in URLs", () => {
  it("reads every filter and writes them back the same", () => {
    const parsed = parseInboxParams({
      offre: "p1",
      statut: "non-retenue",
      du: "2026-11-01",
      au: "2026-11-30",
      q: "Zoé",
      page: "3",
      tri: "-etape",
    });
    expect(parsed).toEqual({
      filters: { postingId: "p1", status: "REJECTED", from: "2026-11-01", to: "2026-11-30", q: "Zoé" },
      page: 3,
      sort: { key: "etape", direction: "desc" },
      errors: {},
    });
    expect(parseInboxParams(new URLSearchParams(inboxQueryString(parsed.filters, 3, parsed.sort).slice(1)))).toEqual(parsed);
    // The default order is left out of links.
    expect(inboxQueryString({}, 1, { key: "recue", direction: "desc" })).toBe("");
  });

  it("reports a malformed filter in French and keeps the others", () => {
    const parsed = parseInboxParams({ statut: "perdue", du: "2026-02-30", q: "martin" });
    expect(parsed.errors).toEqual({ statut: "Statut inconnu.", du: "Indiquez une date au format JJ/MM/AAAA." });
    expect(parsed.filters).toEqual({ q: "martin" });
  });

  it("refuses a range that ends before it starts", () => {
    expect(parseInboxParams({ du: "2026-11-10", au: "2026-11-01" }).errors).toEqual({ au: "La date de fin précède la date de début." });
  });
});

describe("inbox where", () => {
  it("always scopes a member to their organisations, whatever the filters", () => {
    const where = inboxWhere(reader, { postingId: "p-of-another-org" });
    expect(where.AND).toContainEqual({ posting: { organisationId: { in: ["org-a"] } } });
    expect(inboxWhere({ ...reader, memberships: [] }, {}).AND).toContainEqual({ posting: { organisationId: { in: [] } } });
  });

  it("takes whole Paris days, and words at the start of words", () => {
    const where = inboxWhere(admin, { from: "2026-11-01", to: "2026-11-01", q: "Le Bihan" });
    expect(where.AND).toContainEqual({
      createdAt: { gte: new Date("2026-10-31T23:00:00Z"), lt: new Date("2026-11-01T23:00:00Z") },
    });
    expect(where.AND).toContainEqual({ searchText: { contains: " le" } });
    expect(where.AND).toContainEqual({ searchText: { contains: " bihan" } });
  });
});

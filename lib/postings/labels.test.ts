import { describe, expect, it } from "vitest";
import { contractLabel, formatDate, isoDate, organisationLabel } from "./labels";

describe("French labels", () => {
  it.each([
    ["2026-11-03T00:00:00Z", "3 novembre 2026"],
    ["2027-03-01T00:00:00Z", "1er mars 2027"],
    ["2026-12-11T00:00:00Z", "11 décembre 2026"],
    // 23:30 UTC on 31 January is already 1 February in Paris.
    ["2026-01-31T23:30:00Z", "1er février 2026"],
  ])("formats %s as « %s »", (instant, expected) => {
    expect(formatDate(new Date(instant))).toBe(expected);
  });

  it("gives the calendar day in Paris for <time dateTime>", () => {
    expect(isoDate(new Date("2026-07-07T21:59:59.999Z"))).toBe("2026-07-07");
    expect(isoDate(new Date("2026-07-07T22:00:00Z"))).toBe("2026-07-08");
  });

  it("names a start-up with its incubator", () => {
    expect(
      organisationLabel({ name: "Toit Commun", kind: "STARTUP", parent: { name: "beta.gouv.fr", kind: "INCUBATOR" } }),
    ).toBe("Toit Commun (beta.gouv.fr)");
    expect(organisationLabel({ name: "Etalab", kind: "PARTNER", parent: null })).toBe("Etalab");
  });

  it("speaks of contracts as French recruiters do", () => {
    expect(contractLabel("PERMANENT")).toBe("CDI");
    expect(contractLabel("PUBLIC_SERVANT")).toBe("Fonctionnaire ou contractuel");
    expect(contractLabel(null)).toBeNull();
  });
});

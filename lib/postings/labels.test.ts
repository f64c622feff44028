import { describe, expect, it } from "vitest";
import { contractLabel, organisationLabel } from "./labels";

describe("French labels", () => {
  it("names a start-up with its incubator", () => {
    expect(organisationLabel({ name: "Toit Commun", kind: "STARTUP", parent: { name: "beta.gouv.fr", kind: "INCUBATOR" } })).toBe(
      "Toit Commun (beta.gouv.fr)",
    );
    expect(organisationLabel({ name: "Etalab", kind: "PARTNER", parent: null })).toBe("Etalab");
  });

  it("speaks of contracts as French recruiters do", () => {
    expect(contractLabel("PERMANENT")).toBe("CDI");
    expect(contractLabel("PUBLIC_SERVANT")).toBe("Fonctionnaire ou contractuel");
    expect(contractLabel(null)).toBeNull();
  });
});

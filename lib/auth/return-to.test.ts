import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-to";

describe("return path after sign-in", () => {
  it("keeps admin paths of this site", () => {
    expect(safeReturnPath("/admin/offres?statut=DRAFT")).toBe("/admin/offres?statut=DRAFT");
    expect(safeReturnPath("http://portail.invalid/admin")).toBe("/admin");
  });

  it("refuses other sites, public pages and the sign-in page itself", () => {
    for (const value of [
      "https://evil.example/admin",
      "//evil.example/admin",
      "/offres/x",
      "/admin/connexion",
      undefined,
      "/\\evil.example",
    ]) {
      expect(safeReturnPath(value)).toBe("/admin");
    }
  });
});

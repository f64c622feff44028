import { describe, expect, it } from "vitest";
import { firstValues, listHref, oneValue } from "./query-params";

describe("query parameters", () => {
  it("keeps the first of repeated values", () => {
    expect(firstValues({ q: ["a", "b"], page: "2", vide: undefined })).toEqual({ q: "a", page: "2" });
    expect(firstValues(new URLSearchParams("q=a&q=b"))).toEqual({ q: "a" });
  });

  it("bounds one value and answers an empty string when it is absent", () => {
    expect(oneValue(undefined)).toBe("");
    expect(oneValue(["premier", "second"])).toBe("premier");
    expect(oneValue("x".repeat(500))).toHaveLength(200);
    expect(oneValue("abcdef", 3)).toBe("abc");
  });

  it("builds a list address without its empty filters, encoded, page last", () => {
    expect(listHref("/admin/offres", { statut: "DRAFT", organisation: undefined, q: "" }, 1)).toBe("/admin/offres?statut=DRAFT&page=1");
    expect(listHref("/admin/journal", { objet: "Chef·fe & co", du: "2026-03-29" }, 3)).toBe(
      "/admin/journal?objet=Chef%C2%B7fe+%26+co&du=2026-03-29&page=3",
    );
  });
});

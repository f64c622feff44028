import { describe, expect, it } from "vitest";
import { applicationSearchText, phoneKey } from "./identity";

describe("phone key", () => {
  it("gives one form to the ways a French number is typed", () => {
    const typed = ["06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)6 12-34-56-78", "0612345678"];
    expect(new Set(typed.map(phoneKey))).toEqual(new Set(["+33612345678"]));
  });

  it("keeps foreign numbers apart and ignores what is no number", () => {
    expect(phoneKey("+32 470 12 34 56")).toBe("+32470123456");
    expect(phoneKey("12")).toBeNull();
    expect(phoneKey("")).toBeNull();
    expect(phoneKey(null)).toBeNull();
  });
});

describe("application search text", () => {
  it("folds accents and case, and splits the address into words", () => {
    expect(applicationSearchText({ firstName: "Éloïse", lastName: "Le Bihan", email: "eloise.lebihan@exemple.fr" })).toBe(
      " eloise le bihan lebihan exemple fr ",
    );
  });
});

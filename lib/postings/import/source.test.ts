import { describe, expect, it } from "vitest";
import { isSlug } from "@/lib/text/slug";
import { slugCandidates, sourceHashOf } from "./source";

describe("slugCandidates", () => {
  it("tries the month, the organisation, both, then a counter", () => {
    const candidates = slugCandidates("designer", { day: new Date("2022-02-03T00:00:00Z"), organisationSlug: "etalab" });
    expect(candidates.slice(0, 6)).toEqual([
      "designer",
      "designer-2022-02",
      "designer-etalab",
      "designer-etalab-2022-02",
      "designer-etalab-2022-02-2",
      "designer-etalab-2022-02-3",
    ]);
    expect(new Set(candidates).size).toBe(candidates.length);
  });

  it("without a day, the organisation then a counter; every candidate is a valid slug, however long the base", () => {
    expect(slugCandidates("coach", { day: null, organisationSlug: "dinum" }).slice(0, 3)).toEqual([
      "coach",
      "coach-dinum",
      "coach-dinum-2",
    ]);
    const long = "charge-e-de-mission-accompagnement-des-collectivites-territoriales-dans-leur-transformation";
    const candidates = slugCandidates(long.slice(0, 80), { day: new Date("2021-06-17T00:00:00Z"), organisationSlug: "agence-nationale" });
    expect(candidates.every(isSlug)).toBe(true);
    expect(candidates[1]).toMatch(/-2021-06$/);
  });
});

it("sourceHashOf is the SHA-256 of the bytes", () => {
  expect(sourceHashOf(Buffer.from("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
});

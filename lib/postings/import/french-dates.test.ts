import { describe, expect, it } from "vitest";
import { findFrenchDate, parseFrenchDate, parseJekyllFileName, toDay } from "@/lib/postings/import/french-dates";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("parseFrenchDate", () => {
  it.each([
    ["12 avril 2021", "2021-04-12"],
    ["1er février 2021", "2021-02-01"],
    ["1er fevrier 2021", "2021-02-01"],
    ["3 mai 2021", "2021-05-03"],
    ["lundi 3 mai 2021", "2021-05-03"],
    ["31 décembre 2026", "2026-12-31"],
    ["7 sept. 2026", "2026-09-07"],
    ["15 Août 2026", "2026-08-15"],
    ["2021-05-03", "2021-05-03"],
    ["2021-5-3", "2021-05-03"],
    ["2021-05-03T18:30:00Z", "2021-05-03"],
    ["03/05/2021", "2021-05-03"],
  ])("%s → %s", (text, iso) => {
    expect(parseFrenchDate(text)).toEqual(day(iso));
  });

  it.each(["Courant octobre 2019", "septembre 2021", "31 février 2021", "3 mai", "dès que possible", "2021-13-01", ""])(
    "%s is not a day",
    (text) => {
      expect(parseFrenchDate(text)).toBeNull();
    },
  );

  it("finds a day inside a sentence", () => {
    expect(findFrenchDate("pourvu le 3 novembre 2026 par Marie")).toEqual(day("2026-11-03"));
    expect(findFrenchDate("pourvu")).toBeNull();
  });
});

describe("toDay", () => {
  it("accepts a Date already parsed by YAML, at UTC midnight", () => {
    expect(toDay(new Date("2021-06-09T00:00:00Z"))).toEqual(day("2021-06-09"));
    expect(toDay(new Date("2021-06-09T22:15:00Z"))).toEqual(day("2021-06-09"));
    expect(toDay(new Date("invalid"))).toBeNull();
    expect(toDay(20210609)).toBeNull();
  });
});

describe("parseJekyllFileName", () => {
  it("reads date and slug", () => {
    expect(parseJekyllFileName("posts/2024-03-14-some-slug.md")).toEqual({ date: day("2024-03-14"), slug: "some-slug" });
    expect(parseJekyllFileName("2024-02-30-x.md")).toBeNull();
    expect(parseJekyllFileName("000_9804033738e755e4.txt")).toBeNull();
  });
});

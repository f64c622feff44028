import { describe, expect, it } from "vitest";
import {
  areaOf,
  communeByCode,
  communeLabel,
  communesByPostcode,
  communesNamed,
  placeKey,
  resolvePlace,
  resolvePlaces,
  suggestCommunes,
} from "./communes";

const codeOf = (text: string) => resolvePlace(text).commune?.inseeCode ?? null;

describe("the official list of communes", () => {
  it("gives a commune its département and région", () => {
    expect(communeByCode("35238")).toMatchObject({
      name: "Rennes",
      departementCode: "35",
      departementName: "Ille-et-Vilaine",
      regionCode: "53",
      regionName: "Bretagne",
    });
    expect(communeLabel(communeByCode("35238")!)).toBe("Rennes (35)");
  });

  it("takes a municipal arrondissement's code for its commune", () => {
    expect(communeByCode("75107")?.inseeCode).toBe("75056");
  });

  it("finds communes by postcode and by any spelling of their name", () => {
    expect(communesByPostcode("75007").map((c) => c.name)).toEqual(["Paris"]);
    expect(placeKey("St-Denis")).toBe(placeKey("Saint Denis"));
    expect(communesNamed("saint denis").map((c) => c.departementCode)).toEqual(expect.arrayContaining(["93", "974"]));
  });
});

describe("one mention of a place", () => {
  it.each([
    ["Rennes", "35238"],
    ["75007", "75056"],
    ["20 avenue de Ségur, 75007 Paris", "75056"],
    ["Paris 7e", "75056"],
    ["Paris 13ème", "75056"],
    ["Lyon 3e arrondissement", "69123"],
    ["Paris (Ségur)", "75056"],
    ["Saint-Denis (93)", "93066"],
    ["Saint-Denis 93200", "93066"],
    ["Saint-Denis, La Réunion", "97411"],
    ["Montreuil", "93048"],
    ["NANTES", "44109"],
  ])("%s is the commune %s", (text, code) => {
    expect(codeOf(text)).toBe(code);
  });

  it("keeps the postcode the text gave", () => {
    expect(resolvePlace("Paris 7e").postcode).toBe("75007");
    expect(resolvePlace("8 rue X, 35200 Rennes").postcode).toBe("35200");
    expect(resolvePlace("Rennes").postcode).toBeNull();
  });

  it("does not choose between namesakes of a size", () => {
    const reading = resolvePlace("Saint-Denis");
    expect(reading.commune).toBeNull();
    expect(reading.candidates.map((c) => c.inseeCode)).toEqual(expect.arrayContaining(["93066", "97411"]));
  });

  it("resolves nothing from words that name no commune", () => {
    expect(resolvePlace("télétravail complet")).toEqual({ commune: null, postcode: null, candidates: [] });
    expect(resolvePlace("")).toEqual({ commune: null, postcode: null, candidates: [] });
    expect(codeOf("Paris 45e")).toBeNull();
  });

  it("reads several mentions in one text", () => {
    expect(resolvePlaces("Nantes ou Rennes").map((p) => p.resolution.commune?.name)).toEqual(["Nantes", "Rennes"]);
    expect(resolvePlaces("Paris ; Lyon").map((p) => p.resolution.commune?.name)).toEqual(["Paris", "Lyon"]);
  });
});

describe("suggestions for a commune field", () => {
  it("offers the communes whose name starts so, the biggest first", () => {
    const names = suggestCommunes("renn").map(communeLabel);
    expect(names[0]).toBe("Rennes (35)");
    expect(suggestCommunes("saint-den").map((c) => c.inseeCode)).toEqual(expect.arrayContaining(["93066", "97411"]));
  });

  it("offers the communes of a postcode", () => {
    expect(suggestCommunes("35200").map((c) => c.name)).toContain("Rennes");
  });

  it("takes a suggestion typed back whole", () => {
    expect(suggestCommunes("Rennes (35)")[0]?.inseeCode).toBe("35238");
    expect(suggestCommunes("r")).toEqual([]);
  });
});

describe("what a place filter names", () => {
  it.each([
    ["Bretagne", { kind: "region", code: "53" }],
    ["bretagne", { kind: "region", code: "53" }],
    ["Île-de-France", { kind: "region", code: "11" }],
    ["Ille-et-Vilaine", { kind: "departement", code: "35" }],
    ["35", { kind: "departement", code: "35" }],
    ["2A", { kind: "departement", code: "2A" }],
    ["Rennes", { kind: "commune", code: "35238" }],
    ["Paris", { kind: "commune", code: "75056" }],
  ])("%s", (text, area) => {
    expect(areaOf(text)).toMatchObject(area);
  });

  it("names nothing for words that are no place, nor for an ambiguous name", () => {
    expect(areaOf("télétravail")).toBeNull();
    expect(areaOf("Saint-Denis")).toBeNull();
    expect(areaOf("  ")).toBeNull();
  });
});

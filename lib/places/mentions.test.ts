import { describe, expect, it } from "vitest";
import { communeByCode } from "./communes";
import { candidatesText, foundPlaces, type Mention, postcodeIn, readMention, readMentions } from "./mentions";

/** A mention as a short string: "code:postcode", "ambigu" or "inconnu". */
const shown = (mention: Mention) =>
  mention.kind === "found" ? `${mention.place.commune.inseeCode}:${mention.place.postcode ?? "-"}` : mention.kind;

describe("communes named in a posting's place", () => {
  it.each([
    ["Rennes", ["35238:-"]],
    ["Paris 7e", ["75056:75007"]],
    ["20 avenue de Ségur, 75007 Paris", ["75056:75007"]],
    ["Saint-Denis (93)", ["93066:-"]],
    ["Saint-Denis 93200", ["93066:93200"]],
    ["Saint-Denis, La Réunion", ["97411:-"]],
    ["Nantes ou Rennes", ["44109:-", "35238:-"]],
    ["Paris, Lyon", ["75056:-", "69123:-"]],
    ["Toulouse ou à distance", ["31555:-", "unknown"]],
    ["Saint-Denis", ["ambiguous"]],
    ["Télétravail complet", ["unknown"]],
  ])("« %s » → %j", (text, expected) => {
    expect(readMentions(text).map(shown)).toEqual(expected);
  });

  it("names the candidates of an ambiguous name, the most populous first", () => {
    const mention = readMention("Saint-Denis");
    if (mention.kind !== "ambiguous") throw new Error("ambiguous expected");
    expect(candidatesText(mention.candidates)).toMatch(/^Saint-Denis \(974\), Saint-Denis \(93\)/);
  });

  it("keeps each commune once, in the order of the text", () => {
    expect(foundPlaces(readMentions("Rennes ; Nantes ; Rennes")).map((p) => p.commune.name)).toEqual(["Rennes", "Nantes"]);
  });

  it("finds a commune's postcode in the text, only when it is one of the commune's", () => {
    const paris = communeByCode("75056")!;
    expect(postcodeIn("Paris 7e ou Lyon", paris)).toBe("75007");
    expect(postcodeIn("Paris", paris)).toBeNull();
    expect(postcodeIn("35000 Rennes", paris)).toBeNull();
  });
});

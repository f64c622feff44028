import { describe, expect, it } from "vitest";
import { parsePostingFile } from "./parse";

function parse(frontMatter: string) {
  const outcome = parsePostingFile(
    "offre.md",
    Buffer.from(`---\ntitle: Développeuse back-end\nfriend: Etalab\n${frontMatter}\n---\n\nLe poste.\n`),
  );
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

describe("the communes of an imported posting", () => {
  it("reads the INSEE codes a front-matter key lists, whatever the key's spelling", () => {
    expect(parse("communes: [35238, '75056']").posting.places).toEqual(["35238", "75056"]);
    expect(parse("code_insee: 93066").posting.places).toEqual(["93066"]);
    expect(parse("insee: 2A004").posting.places).toEqual(["2A004"]);
    // A YAML number loses its leading zero: 1053 is Bourg-en-Bresse's 01053.
    expect(parse("Code INSEE: 1053").posting.places).toEqual(["01053"]);
  });

  it("takes the listed communes over the place's text, and says which were read", () => {
    const outcome = parse("lieu: Nantes\ncommunes: [35238]");
    expect(outcome.posting.places).toEqual(["35238"]);
    expect(outcome.posting.location).toBe("Nantes");
    expect(outcome.warnings).toContain("commune lue dans « communes » : Rennes (35)");
  });

  it("keeps aside a code that is no commune's, and the other codes still count", () => {
    const outcome = parse("communes: [35238, 99999]");
    expect(outcome.posting.places).toEqual(["35238"]);
    expect(outcome.posting.extraFrontMatter).toEqual({ communes: ["99999"] });
    expect(outcome.extraKeys).toEqual(["communes"]);
  });

  it("reads the communes of the place, with a remark for each", () => {
    const outcome = parse("lieu: Nantes ou Rennes");
    expect(outcome.posting.places).toEqual(["44109", "35238"]);
    expect(outcome.posting.location).toBe("Nantes ou Rennes");
    expect(outcome.warnings).toEqual(expect.arrayContaining(["lieu reconnu : Nantes (44)", "lieu reconnu : Rennes (35)"]));
  });

  it("reads an address, an arrondissement and a département in brackets", () => {
    expect(parse("location: 20 avenue de Ségur, 75007 Paris").posting.places).toEqual(["75056"]);
    expect(parse("location: Paris 7e").posting.places).toEqual(["75056"]);
    expect(parse("location: Saint-Denis (93)").posting.places).toEqual(["93066"]);
    expect(parse("location: Saint-Denis 93200").posting.places).toEqual(["93066"]);
  });

  it("leaves an ambiguous name as text, naming the communes it may be", () => {
    const outcome = parse("lieu: Saint-Denis");
    expect(outcome.posting.places).toEqual([]);
    expect(outcome.posting.location).toBe("Saint-Denis");
    const remark = outcome.warnings.find((w) => w.includes("plusieurs communes"));
    expect(remark).toMatch(/« Saint-Denis » \(Saint-Denis \(974\), Saint-Denis \(93\).*précisez le département/);
  });

  it("leaves an unknown place as text, and a posting without place without communes", () => {
    const outcome = parse("lieu: Quelque part sur la Lune");
    expect(outcome.posting.places).toEqual([]);
    expect(outcome.warnings).toContain("lieu laissé en texte, aucune commune reconnue : « Quelque part sur la Lune »");
    expect(parse("contrat: CDI").posting.places).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { describeChanges } from "./describe";

describe("the journal's detail", () => {
  it("says a change of step or role in words, before → after", () => {
    expect(describeChanges(JSON.stringify({ étape: ["RECEIVED", "REJECTED"], motif: "profil", courriel: true }))).toEqual([
      "étape : reçue → non retenue",
      "motif : profil",
      "courriel : oui",
    ]);
    expect(describeChanges(JSON.stringify({ organisation: "Etalab", rôle: [null, "MANAGER"] }))).toEqual([
      "organisation : Etalab",
      "rôle : aucun → gestionnaire",
    ]);
    expect(describeChanges(JSON.stringify({ status: ["PUBLISHED", "CLOSED"], closedAt: [null, "2026-03-29T00:30:00.000Z"] }))).toEqual([
      "état : publiée → clôturée",
      // 00:30 UTC is 01:30 in Paris on the last Sunday of March, before the change of hour.
      expect.stringMatching(/^clôture : aucun → 29\/03\/2026 01:30/),
    ]);
  });

  it("gives only the filters used, and lists as lists", () => {
    const filters = { offre: "Designer", statut: "RECEIVED", du: null, au: null, recherche: false };
    expect(describeChanges(JSON.stringify({ format: "csv", lignes: 1200, filtres: filters }))).toEqual([
      "format : csv",
      `lignes : ${(1200).toLocaleString("fr-FR")}`,
      "filtres : offre : Designer, statut : reçue, recherche : non",
    ]);
    expect(describeChanges(JSON.stringify({ filtres: { offre: null } }))).toEqual(["filtres : aucun"]);
    expect(describeChanges(JSON.stringify({ organisations_retirées: ["A", "B"] }))).toEqual(["organisations retirées : A, B"]);
    expect(describeChanges(JSON.stringify({ afterRecruitment: 2, pool: 0, failed: 0 }))).toEqual([
      "effacées après recrutement : 2",
      "effacées du vivier : 0",
      "échecs : 0",
    ]);
  });

  it("names an offer's fields as its form does, its codes in words, and never quotes its text nor its organisation's id", () => {
    const created = {
      title: "Designer",
      organisationId: "cmx0org",
      contractType: "FIXED_TERM",
      remotePolicy: "PARTIAL",
      domains: ["DESIGN"],
      body: "## Mission\n\n…",
      pay: "",
    };
    const [line] = describeChanges(JSON.stringify({ après: created }));
    expect(line).toBe("après : intitulé du poste : Designer, type de contrat : CDD, télétravail : Télétravail partiel, domaines : Design");
    expect(describeChanges(JSON.stringify({ title: ["Designer", "Designer UX"], body: ["a", "b"], organisationId: ["x", "y"] }))).toEqual([
      "intitulé du poste : Designer → Designer UX",
      "texte de l'offre : modifié",
      "organisation qui recrute : changée",
    ]);
  });

  it("shows what it cannot read as it is, and nothing for no detail", () => {
    expect(describeChanges(null)).toEqual([]);
    expect(describeChanges("pas du JSON")).toEqual(["pas du JSON"]);
  });
});

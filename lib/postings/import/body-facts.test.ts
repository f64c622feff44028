import { describe, expect, it } from "vitest";
import { extractBodyFacts, leadingTitle } from "@/lib/postings/import/body-facts";

describe("extractBodyFacts", () => {
  it("reads « label : value » list items", () => {
    expect(extractBodyFacts("- Contrat : CDD\n- Durée : 3 ans ;\n- Début : 1er février 2021\n- Localisation : Paris (75)\n")).toEqual({
      contract: "CDD",
      duration: "3 ans",
      start: "1er février 2021",
      location: "Paris (75)",
    });
  });

  it("reads « **Label** — value » items and keeps the first sentence of the start date", () => {
    const facts = extractBodyFacts(
      "* **Statut** — Freelance / prestataire.\n* **Date de début** — Courant octobre 2019. Nous vous formerons.\n",
    );
    expect(facts).toEqual({ contract: "Freelance / prestataire", start: "Courant octobre 2019" });
  });

  it("reads sentences without labels", () => {
    expect(
      extractBodyFacts("- Stage de 4 à 6 mois, 35 heures\n- Début du stage septembre 2021\n- Gratification au minimum légal ;\n"),
    ).toEqual({
      duration: "4 à 6 mois",
      contract: "Stage",
      start: "septembre 2021",
      pay: "Gratification au minimum légal",
    });
  });

  it("drops the parenthesis of a label and keeps the first mention", () => {
    expect(extractBodyFacts("- Lieu d'affectation (sans géolocalisation) : Lyon\n- Lieu : Nantes\n").location).toBe("Lyon");
  });

  it("ignores headings, code and unrelated colons", () => {
    expect(extractBodyFacts("# Contrat : CDI\n```\nDurée : 2 ans\n```\nNote : rien\n")).toEqual({});
  });

  it("finds the application address", () => {
    expect(extractBodyFacts("Adressez votre candidature à recrutement@exemple.fr.\n").contact).toBe("recrutement@exemple.fr");
    expect(extractBodyFacts("Le site exemple.fr publie team@exemple.fr\n").contact).toBeUndefined();
  });
});

describe("leadingTitle", () => {
  it("takes a leading h1 that reads like a title", () => {
    expect(leadingTitle("\n# L'équipe X recrute une designer\n\nTexte")).toBe("L'équipe X recrute une designer");
    expect(leadingTitle("# Informations générales\n")).toBeNull();
    expect(leadingTitle("Intro\n# L'équipe X recrute\n")).toBeNull();
  });
});

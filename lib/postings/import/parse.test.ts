import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ImportedPosting, ParseOutcome } from "@/lib/postings/import/types";

const fixtures = path.join(import.meta.dirname, "fixtures");

function parseFixture(name: string) {
  return parsePostingFile(name, readFileSync(path.join(fixtures, name)));
}

function parseText(text: string, name = "offre.md") {
  return parsePostingFile(name, Buffer.from(text, "utf8"));
}

function accepted(outcome: ParseOutcome): Extract<ParseOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`rejected: ${outcome.reason}`);
  return outcome;
}

function posting(outcome: ParseOutcome): ImportedPosting {
  return accepted(outcome).posting;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("beta.gouv start-up dialect, facts in the body", () => {
  const outcome = accepted(parseFixture("startup-betagouv.md"));
  const p = outcome.posting;

  it("reads identity and organisation", () => {
    expect(p.title).toBe("Développeuse ou développeur full stack");
    expect(p.slug).toBe("developpeuse-ou-developpeur-full-stack");
    expect(p.roles).toBe("Développeuse ou développeur full stack");
    expect(p.organisation).toEqual({
      name: "Aides Jeunes",
      kind: "STARTUP",
      parent: { name: "beta.gouv.fr", kind: "INCUBATOR" },
    });
    expect(p.team).toBeNull();
  });

  it("fills the missing fields from the body and says so", () => {
    expect(p.contractType).toBe("PERMANENT");
    expect(p.contractDetail).toBeNull();
    expect(p.duration).toBe("sans limite");
    expect(p.startDate).toEqual(day("2024-09-02"));
    expect(p.startDateText).toBe("2 septembre 2024");
    expect(p.location).toBe("Paris 15e, locaux de la DINUM");
    expect(p.pay).toBe("selon expérience, grille DINUM");
    expect(p.contactEmail).toBe("equipe@aides-jeunes.example.fr");
    expect(outcome.warnings).toContain("durée lue dans le texte : sans limite");
    expect(outcome.warnings).toContain("contrat lu dans le texte : CDI");
    expect(outcome.warnings).toContain("lieu lu dans le texte : Paris 15e, locaux de la DINUM");
  });

  it("takes explicit domains and technologies over inference, in canonical spelling", () => {
    expect(p.domains).toEqual(["DEVELOPMENT"]);
    expect(p.technologies).toEqual(["Python", "Vue", "PostgreSQL"]);
  });

  it("reads the rest", () => {
    expect(p.status).toBe("PUBLISHED");
    expect(p.remotePolicy).toBeNull();
    expect(p.remoteDetail).toBeNull();
    expect(p.externalUrl).toBeNull();
    expect(p.juniorsWelcome).toBeNull();
    expect(p.publishedAt).toBeNull();
    expect(p.opensAt).toBeNull();
    expect(p.closesAt).toBeNull();
    expect(p.closedAt).toBeNull();
    expect(p.filledAt).toBeNull();
    expect(p.body.startsWith("# Informations générales\n")).toBe(true);
    expect(p.extraFrontMatter).toEqual({});
    expect(outcome.extraKeys).toEqual([]);
  });
});

describe("DINUM CDD dialect", () => {
  const outcome = accepted(parseFixture("dinum-cdd.md"));
  const p = outcome.posting;

  it("reads every field from the front matter", () => {
    expect(p.title).toBe("Responsable de l'accessibilité numérique");
    expect(p.slug).toBe("responsable-accessibilite");
    expect(p.roles).toBeNull();
    expect(p.organisation).toBeNull();
    expect(p.team).toBeNull();
    expect(p.contractType).toBe("FIXED_TERM");
    expect(p.contractDetail).toBeNull();
    expect(p.duration).toBe("2 ans");
    expect(p.startDate).toEqual(day("2023-04-15"));
    expect(p.startDateText).toBe("15 avril 2023");
    expect(p.contactEmail).toBe("jeanne.martin@numerique.gouv.fr");
    expect(p.publishedAt).toEqual(day("2023-03-01"));
    expect(p.location).toBeNull();
    expect(p.pay).toBeNull();
    expect(p.externalUrl).toBeNull();
    expect(p.domains).toEqual([]);
    expect(p.technologies).toEqual([]);
    expect(p.opensAt).toBeNull();
    expect(p.closesAt).toBeNull();
  });

  it("lets the front matter win over the body", () => {
    expect(outcome.warnings.some((w) => w.includes("lue dans le texte") || w.includes("lu dans le texte"))).toBe(false);
  });

  it("publishes a file without open/status, with a warning", () => {
    expect(p.status).toBe("PUBLISHED");
    expect(outcome.warnings).toContain("ni « open » ni « status » : offre considérée comme publiée");
    expect(outcome.warnings).toContain("aucun domaine trouvé dans le rôle ni le titre");
  });
});

describe("Atelier numérique friend/equipe dialect", () => {
  const outcome = accepted(parseFixture("atelier-friend-equipe.md"));
  const p = outcome.posting;

  it("makes the team an organisation under its partner", () => {
    expect(p.organisation).toEqual({
      name: "Pôle données",
      kind: "TEAM",
      parent: { name: "L'Atelier numérique du ministère de la Culture", kind: "PARTNER" },
    });
    expect(p.team).toBe("Pôle données");
  });

  it("reads every other field", () => {
    expect(p.title).toBe("Le pôle données de l'Atelier recrute");
    expect(p.slug).toBe("le-pole-donnees-de-l-atelier-recrute");
    expect(p.roles).toBe("Alternant·e data analyst");
    expect(p.contractType).toBe("APPRENTICESHIP");
    expect(p.contractDetail).toBeNull();
    expect(p.duration).toBe("24 mois");
    expect(p.startDate).toBeNull();
    expect(p.startDateText).toBeNull();
    expect(p.location).toBe("182 rue Saint-Honoré, Paris");
    expect(p.pay).toBe("Gratification selon la grille de l'apprentissage");
    expect(p.contactEmail).toBe("camille.durand@culture.example.fr");
    expect(p.opensAt).toEqual(day("2023-09-01"));
    expect(p.closesAt).toEqual(new Date("2023-10-15T21:59:59.999Z"));
    expect(p.publishedAt).toEqual(day("2023-09-04"));
    expect(p.status).toBe("PUBLISHED");
    expect(p.closedAt).toBeNull();
    expect(p.domains).toEqual(["DATA"]);
    expect(p.technologies).toEqual([]);
  });

  it("keeps the keys the model does not know", () => {
    expect(outcome.extraKeys).toEqual(["layout", "tags", "rythme"]);
    expect(p.extraFrontMatter).toEqual({
      layout: "offre",
      tags: ["culture", "données"],
      rythme: "3 semaines en entreprise, 1 semaine à l'école",
    });
  });
});

describe("Etalab friend dialect", () => {
  const outcome = accepted(parseFixture("etalab-friend.md"));
  const p = outcome.posting;

  it("reads the front matter", () => {
    expect(p.title).toBe("Etalab cherche une ou un data engineer");
    expect(p.slug).toBe("etalab-cherche-une-ou-un-data-engineer");
    expect(p.roles).toBe("une ou un data engineer");
    expect(p.organisation).toEqual({ name: "Etalab", kind: "PARTNER", parent: null });
    expect(p.externalUrl).toBe("https://www.etalab.example.fr/recrutement/data-engineer");
    expect(p.status).toBe("PUBLISHED");
    expect(p.domains).toEqual(["DATA"]);
  });

  it("reads the « **Statut** — » facts of the body", () => {
    expect(p.contractType).toBe("PUBLIC_SERVANT");
    expect(p.contractDetail).toBe("Fonctionnaire ou contractuel (catégorie A)");
    expect(p.remotePolicy).toBe("PARTIAL");
    expect(p.remoteDetail).toBe("Deux jours par semaine, le reste dans nos bureaux.");
    expect(p.startDate).toBeNull();
    expect(p.startDateText).toBe("Dès que possible");
    expect(p.contactEmail).toBe("recrutement@etalab.example.fr");
    expect(outcome.warnings).toContain("date de début lue dans le texte : Dès que possible");
  });

  it("detects technologies in the text but not in link targets", () => {
    expect(p.technologies).toEqual(["Python", "PostgreSQL", "Metabase"]);
  });
});

describe("Jekyll collection file", () => {
  const outcome = accepted(parseFixture("2024-03-14-some-slug.md"));
  const p = outcome.posting;

  it("takes date and slug from the file name", () => {
    expect(p.slug).toBe("some-slug");
    expect(p.publishedAt).toEqual(day("2024-03-14"));
    expect(outcome.warnings).toContain("identifiant tiré du nom du fichier : some-slug");
    expect(outcome.warnings).toContain("date de publication tirée du nom du fichier : 2024-03-14");
  });

  it("derives the title from the roles and maps the betagouv alias", () => {
    expect(p.title).toBe("Coach agile");
    expect(p.roles).toBe("coach agile");
    expect(p.organisation).toEqual({ name: "beta.gouv.fr", kind: "INCUBATOR", parent: null });
    expect(p.domains).toEqual(["COACHING"]);
    expect(p.contractType).toBeNull();
    expect(p.status).toBe("PUBLISHED");
    expect(p.body).toBe("Nous cherchons une personne pour accompagner les équipes de l'incubateur.\n");
  });

  it("prefers front-matter slug and date over the file name", () => {
    const q = posting(parseText("---\ntitle: Offre\nslug: autre\ndate: 2024-05-01\n---\n", "2024-03-14-some-slug.md"));
    expect(q.slug).toBe("autre");
    expect(q.publishedAt).toEqual(day("2024-05-01"));
  });
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ImportedPosting } from "@/lib/postings/import/types";

const repoRoot = path.resolve(import.meta.dirname, "../../..");
const seeds = path.resolve(repoRoot, "../shared/seeds");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

function seed(prefix: string): ImportedPosting {
  const name = [
    "000_9804033738e755e4.txt",
    "001_4f9d65bf0c875861.txt",
    "002_cc1f823e9cde71f8.txt",
    "003_98b50e31014be289.txt",
    "004_24c01096823bdd77.txt",
  ].find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  const outcome = parsePostingFile(name, readFileSync(path.join(seeds, name)));
  if (!outcome.ok) throw new Error(`${name} rejected: ${outcome.reason}`);
  return outcome.posting;
}

describe.skipIf(!existsSync(seeds))("the real historical postings", () => {
  it("000: data.gouv.fr service design internship", () => {
    const p = seed("000");
    expect(p.title).toBe("L'équipe data.gouv.fr recrute un·e stagiaire en service design");
    expect(p.slug).toBe("l-equipe-data-gouv-fr-recrute-un-e-stagiaire-en-service-design");
    expect(p.organisation).toEqual({ name: "data.gouv.fr", kind: "STARTUP", parent: null });
    expect(p.contractType).toBe("INTERNSHIP");
    expect(p.duration).toBe("5 à 6 mois");
    expect(p.pay).toBe("Gratification au minimum légal pendant toute la durée du stage");
    expect(p.startDate).toBeNull();
    expect(p.startDateText).toBeNull();
    expect(p.status).toBe("CLOSED");
    expect(p.publishedAt).toBeNull();
    expect(p.contactEmail).toBe("candidatures@data.gouv.fr");
    expect(p.externalUrl).toBeNull();
    expect(p.domains).toEqual(["DESIGN"]);
  });

  it("001: beta.gouv.fr UX/UI designer, facts in the body", () => {
    const p = seed("001");
    expect(p.title).toBe("Designer UX/UI");
    expect(p.slug).toBe("designer-ux-ui");
    expect(p.organisation).toEqual({ name: "beta.gouv.fr", kind: "INCUBATOR", parent: null });
    expect(p.contractType).toBe("FIXED_TERM");
    expect(p.duration).toBe("3 ans");
    expect(p.startDate).toEqual(day("2021-02-01"));
    expect(p.startDateText).toBe("1er février 2021");
    expect(p.location).toBe("20 avenue de Ségur, Paris (75) et en télétravail");
    expect(p.status).toBe("CLOSED");
    expect(p.contactEmail).toBe("candidatures-dinum@pm.gouv.fr");
    expect(p.domains).toEqual(["DESIGN"]);
  });

  it("002: DINUM CDD, no organisation", () => {
    const p = seed("002");
    expect(p.title).toBe("Chargée ou chargé de mission design des services numériques");
    expect(p.slug).toBe("charge-mission-design");
    expect(p.organisation).toBeNull();
    expect(p.contractType).toBe("FIXED_TERM");
    expect(p.duration).toBe("3 ans");
    expect(p.startDate).toEqual(day("2021-05-03"));
    expect(p.startDateText).toBe("3 mai 2021");
    expect(p.publishedAt).toEqual(day("2021-04-12"));
    expect(p.status).toBe("PUBLISHED");
    expect(p.contactEmail).toBe("marine.boudeau@modernisation.gouv.fr");
    expect(p.location).toBeNull();
  });

  it("003: Atelier numérique internship, friend and equipe the same", () => {
    const p = seed("003");
    expect(p.title).toBe("L'incubateur de la Culture recrute");
    expect(p.slug).toBe("l-incubateur-de-la-culture-recrute");
    expect(p.roles).toBe("Chargé.e de développement de l'atelier numérique");
    expect(p.organisation).toEqual({ name: "L'Atelier Numérique du Ministère de la Culture", kind: "PARTNER", parent: null });
    expect(p.team).toBeNull();
    expect(p.contractType).toBe("INTERNSHIP");
    expect(p.duration).toBe("4 à 6 mois");
    expect(p.startDate).toBeNull();
    expect(p.startDateText).toBe("septembre 2021");
    expect(p.location).toBe("Ministère de la Culture – Secrétariat général – Service du numérique");
    expect(p.status).toBe("PUBLISHED");
    expect(p.opensAt).toEqual(day("2021-06-09"));
    // Open all of its closing day, in Paris time (summer: UTC+2).
    expect(p.closesAt).toEqual(new Date("2021-07-07T21:59:59.999Z"));
    expect(p.publishedAt).toEqual(day("2021-06-09"));
    expect(p.contactEmail).toBe("clemence.chalopet@culture.gouv.fr");
    expect(p.domains).toEqual([]);
  });

  it("004: Etalab developer, external URL and « Statut — » facts", () => {
    const p = seed("004");
    expect(p.title).toBe("L’équipe de data.gouv.fr recrute une développeuse ou un développeur");
    expect(p.slug).toBe("l-equipe-de-data-gouv-fr-recrute-une-developpeuse-ou-un-developpeur");
    expect(p.organisation).toEqual({ name: "Etalab", kind: "PARTNER", parent: null });
    expect(p.contractType).toBe("FREELANCE");
    expect(p.duration).toBeNull();
    expect(p.startDate).toBeNull();
    expect(p.startDateText).toBe("Courant octobre 2019");
    expect(p.remotePolicy).toBe("PARTIAL");
    expect(p.status).toBe("CLOSED");
    expect(p.externalUrl).toBe("https://www.data.gouv.fr/fr/posts/lequipe-de-data-gouv-fr-recrute-une-developpeuse-ou-un-developpeur/");
    expect(p.contactEmail).toBe("candidatures@data.gouv.fr");
    expect(p.domains).toEqual(["DEVELOPMENT"]);
    expect(p.technologies).toEqual(["Python", "JavaScript", "Flask", "Vue", "Docker"]);
  });
});

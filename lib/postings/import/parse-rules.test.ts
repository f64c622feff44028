import { describe, expect, it } from "vitest";
import { parsePostingFile } from "@/lib/postings/import/parse";
import type { ParseOutcome } from "@/lib/postings/import/types";

function parse(frontMatter: string, body = "Texte de l'offre.\n", name = "offre.md") {
  const outcome: ParseOutcome = parsePostingFile(name, Buffer.from(`---\n${frontMatter}\n---\n${body}`, "utf8"));
  if (!outcome.ok) throw new Error(`rejected: ${outcome.reason}`);
  return outcome;
}

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("status from open / status / pourvu", () => {
  it.each([
    ["open: true", "PUBLISHED"],
    ["open: True", "PUBLISHED"],
    ["open: oui", "PUBLISHED"],
    ["open: Vrai", "PUBLISHED"],
    ["open: ture", "PUBLISHED"],
    ["open: 'yes'", "PUBLISHED"],
    ["open: ouvert", "PUBLISHED"],
    ["status: open", "PUBLISHED"],
    ["status: Publiée", "PUBLISHED"],
    ["open: false", "CLOSED"],
    ["open: flase", "CLOSED"],
    ["open: non", "CLOSED"],
    ["open: Fermé", "CLOSED"],
    ["status: closed", "CLOSED"],
    ["status: pourvu", "CLOSED"],
    ["status: brouillon", "DRAFT"],
    ["status: draft", "DRAFT"],
    ["open: true\nstatus: brouillon", "DRAFT"],
    ["open: true\npourvu: oui", "CLOSED"],
  ])("%s → %s", (frontMatter, expected) => {
    expect(parse(`title: Offre\n${frontMatter}`).posting.status).toBe(expected);
  });

  it("an unreadable value leaves the posting in DRAFT and names key and value", () => {
    const outcome = parse("title: Offre\nopen: peut-être");
    expect(outcome.posting.status).toBe("DRAFT");
    expect(outcome.warnings).toContain('valeur de « open » incomprise ("peut-être") : offre laissée en brouillon');
  });

  it("an unreadable status wins over a readable open: never published by accident", () => {
    expect(parse("title: Offre\nopen: true\nstatus: bof").posting.status).toBe("DRAFT");
  });

  it("pourvu with a date gives filledAt and closedAt", () => {
    const p = parse("title: Offre\nstatus: pourvu le 3 novembre 2026").posting;
    expect(p.status).toBe("CLOSED");
    expect(p.filledAt).toEqual(day("2026-11-03"));
    expect(p.closedAt).toEqual(day("2026-11-03"));
    const q = parse("title: Offre\nopen: true\nfilled: 2026-10-20").posting;
    expect(q.status).toBe("CLOSED");
    expect(q.filledAt).toEqual(day("2026-10-20"));
  });

  it("pourvu without a date: no filledAt", () => {
    const p = parse("title: Offre\nstatus: pourvu").posting;
    expect(p.filledAt).toBeNull();
    expect(p.closedAt).toBeNull();
  });

  it("a past poste_ferme keeps the posting published with closesAt set", () => {
    const p = parse("title: Offre\nopen: true\npost_ouvert: 2021-06-09\nposte_ferme: 2021-07-07").posting;
    expect(p.status).toBe("PUBLISHED");
    expect(p.closesAt).toEqual(new Date("2021-07-07T21:59:59.999Z"));
    expect(p.opensAt).toEqual(day("2021-06-09"));
    expect(p.publishedAt).toEqual(day("2021-06-09"));
  });
});

describe("organisation", () => {
  it("startup with an incubator", () => {
    expect(parse("title: O\nstartup: Mon Suivi\nincubateur: betagouv").posting.organisation).toEqual({
      name: "Mon Suivi",
      kind: "STARTUP",
      parent: { name: "beta.gouv.fr", kind: "INCUBATOR" },
    });
  });

  it("equipe alone is a team", () => {
    const p = parse("title: O\nequipe: Pôle design").posting;
    expect(p.organisation).toEqual({ name: "Pôle design", kind: "TEAM", parent: null });
    expect(p.team).toBe("Pôle design");
  });

  it("equipe and friend naming the same thing (case, accents, apostrophes aside) are one partner", () => {
    const p = parse("title: O\nequipe: L’Atelier Numérique\nfriend: l'atelier numerique").posting;
    expect(p.organisation).toEqual({ name: "l'atelier numerique", kind: "PARTNER", parent: null });
    expect(p.team).toBeNull();
  });

  it("no organisation key: null, no guessing", () => {
    expect(parse("title: L'équipe data.gouv.fr recrute").posting.organisation).toBeNull();
  });
});

describe("type: organisation kind or contract", () => {
  it("type: CDD is a contract", () => {
    const outcome = parse("title: O\ntype: CDD");
    expect(outcome.posting.contractType).toBe("FIXED_TERM");
    expect(outcome.extraKeys).toEqual([]);
  });

  it("type: 'friend' is not a contract", () => {
    expect(parse("title: O\ntype: 'friend'\nfriend: Etalab").posting.contractType).toBeNull();
  });

  it("type naming neither is kept as an extra key", () => {
    const outcome = parse("title: O\ntype: offre");
    expect(outcome.posting.contractType).toBeNull();
    expect(outcome.posting.extraFrontMatter).toEqual({ type: "offre" });
  });

  it("contrat wins over type", () => {
    expect(parse("title: O\ntype: CDD\ncontrat: CDI").posting.contractType).toBe("PERMANENT");
  });
});

describe("contracts", () => {
  it.each([
    ["CDI", "PERMANENT", null],
    ["cdd", "FIXED_TERM", null],
    ["Stage", "INTERNSHIP", null],
    ["alternance", "APPRENTICESHIP", null],
    ["Apprentissage", "APPRENTICESHIP", null],
    ["Freelance / prestataire", "FREELANCE", null],
    ["indépendant", "FREELANCE", null],
    ["Fonctionnaire ou contractuel", "PUBLIC_SERVANT", null],
    ["détachement", "PUBLIC_SERVANT", null],
    ["CDD de 3 ans renouvelable", "FIXED_TERM", "CDD de 3 ans renouvelable"],
    ["VIE", "OTHER", "VIE"],
  ])("contrat: %s → %s", (written, type, detail) => {
    const p = parse(`title: O\ncontrat: ${written}`).posting;
    expect(p.contractType).toBe(type);
    expect(p.contractDetail).toBe(detail);
  });

  it("a stagiaire role implies an internship, with a warning", () => {
    const outcome = parse("roles: un·e stagiaire développeur");
    expect(outcome.posting.contractType).toBe("INTERNSHIP");
    expect(outcome.warnings).toContain("contrat déduit du rôle : stage");
  });
});

describe("body facts only fill what the front matter lacks", () => {
  const body = "- Contrat : CDD\n- Durée : 3 ans\n- Localisation : Lyon\n- Début : 1er février 2021\n";

  it("front matter wins", () => {
    const outcome = parse("title: O\ncontrat: CDI\nlength: 6 mois\nlieu: Paris\nstart_date: Courant octobre 2019", body);
    const p = outcome.posting;
    expect([p.contractType, p.duration, p.location, p.startDateText, p.startDate]).toEqual([
      "PERMANENT",
      "6 mois",
      "Paris",
      "Courant octobre 2019",
      null,
    ]);
    expect(outcome.warnings.filter((w) => w.includes("dans le texte"))).toEqual([]);
  });

  it("the body fills the gaps", () => {
    const outcome = parse("title: O\ncontrat: CDI", body);
    const p = outcome.posting;
    expect([p.contractType, p.duration, p.location, p.startDate]).toEqual(["PERMANENT", "3 ans", "Lyon", day("2021-02-01")]);
    expect(outcome.warnings).toEqual(expect.arrayContaining(["durée lue dans le texte : 3 ans", "lieu lu dans le texte : Lyon"]));
  });
});

describe("loose values", () => {
  it("synonyms, lists, whitespace and case", () => {
    const p = parse(
      [
        "title: '  Offre   pour   tous '",
        "role: [Designer, Product owner]",
        "domains: [design, Produit, juridique]",
        "techno: 'react, DJANGO, react'",
        "remote: Oui",
        "juniors: Vrai",
        "salaire: 45 000 € brut annuel",
        "contact: '  Jean.Dupont @ Exemple.fr '",
        "externalURL: pas une adresse",
      ].join("\n"),
    ).posting;
    expect(p.title).toBe("Offre pour tous");
    expect(p.roles).toBe("Designer, Product owner");
    expect(p.domains).toEqual(["DESIGN", "PRODUCT", "OTHER"]);
    expect(p.technologies).toEqual(["React", "Django"]);
    expect(p.remotePolicy).toBe("PARTIAL");
    expect(p.juniorsWelcome).toBe(true);
    expect(p.pay).toBe("45 000 € brut annuel");
    expect(p.contactEmail).toBe("jean.dupont@exemple.fr");
    expect(p.externalUrl).toBeNull();
    expect(p.extraFrontMatter).toEqual({ externalURL: "pas une adresse" });
  });

  it("domains inferred from roles: business development is not software", () => {
    expect(parse("roles: Chargé.e de développement de l'atelier").posting.domains).toEqual([]);
    expect(parse("roles: une développeuse ou un développeur").posting.domains).toEqual(["DEVELOPMENT"]);
    expect(parse("roles: chargé·e de déploiement").posting.domains).toEqual(["DEPLOYMENT"]);
    expect(parse("roles: intrapreneur").posting.domains).toEqual(["INTRAPRENEURSHIP"]);
    expect(parse("roles: animatrice de communauté").posting.domains).toEqual(["COMMUNITY"]);
    expect(parse("roles: product manager").posting.domains).toEqual(["PRODUCT"]);
  });

  it("title from a title-like h1, not from any h1", () => {
    expect(parse("roles: dev", "# L'équipe X recrute un dev\n").posting.title).toBe("L'équipe X recrute un dev");
    expect(parse("roles: dev", "# Informations générales\n").posting.title).toBe("Dev");
  });

  it("duplicate keys: the last one wins, with a warning", () => {
    const outcome = parse("title: Un\ntitle: Deux");
    expect(outcome.posting.title).toBe("Deux");
    expect(outcome.warnings).toContain("clé « title » écrite plusieurs fois : la dernière valeur est retenue");
  });

  it("extra keys stay JSON-serialisable", () => {
    const outcome = parse("title: O\nmeta:\n  nombre: .inf\n  liste: [1, two]\n");
    expect(JSON.parse(JSON.stringify(outcome.posting.extraFrontMatter))).toEqual({ meta: { nombre: "Infinity", liste: [1, "two"] } });
    expect(outcome.extraKeys).toEqual(["meta"]);
  });
});

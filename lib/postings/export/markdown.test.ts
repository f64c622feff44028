import { describe, expect, it } from "vitest";
import { type ExportablePosting, postingToMarkdown, writeClosing } from "@/lib/postings/export/markdown";
import { parsePostingFile } from "@/lib/postings/import/parse";

const FULL: ExportablePosting = {
  slug: "developpeur-se-back-end",
  title: "Développeur·se back-end : API # v2",
  roles: "un·e développeur·se",
  organisation: { name: "Signal Logement", kind: "STARTUP", parent: { name: "beta.gouv.fr", kind: "INCUBATOR" } },
  team: "Pôle technique",
  contractType: "FIXED_TERM",
  contractDetail: "CDD de 3 ans, renouvelable",
  duration: "3 ans",
  startDate: new Date("2026-01-05T00:00:00.000Z"),
  startDateText: "Dès que possible",
  location: "Rennes",
  remotePolicy: "PARTIAL",
  remoteDetail: "2 jours par semaine",
  pay: "45 à 55 k€",
  contactEmail: "recrutement@exemple.gouv.fr",
  externalUrl: "https://candidature.exemple.fr/offre",
  juniorsWelcome: false,
  blindReview: true,
  status: "CLOSED",
  publishedAt: new Date("2025-11-02T09:30:00.000Z"),
  opensAt: new Date("2025-11-01T00:00:00.000Z"),
  closesAt: new Date("2025-12-31T22:59:59.999Z"),
  closedAt: new Date("2025-12-15T00:00:00.000Z"),
  filledAt: new Date("2025-12-14T00:00:00.000Z"),
  body: "## Le poste\n\n  Texte indenté : # pas un commentaire\n---\nFin.\n",
  domains: ["DEVELOPMENT", "DATA"],
  technologies: ["Python", "PostgreSQL"],
  places: ["35238"],
  contacts: ["@camille", "dominique@exemple.fr"],
  redirectFrom: ["/recrutement/2025/dev-back"],
  extraFrontMatter: { airtable_formulaire: "https://airtable.com/x", titre: "Ancien titre", notes: { n: 1, ok: null } },
};

describe("a posting as a file of the project's dialect", () => {
  it("writes every key, by name, in a fixed order, then the kept-aside keys and the body verbatim", () => {
    expect(postingToMarkdown(FULL)).toBe(`---
dialecte: rejoindre
titre: "Développeur·se back-end : API # v2"
slug: developpeur-se-back-end
roles: un·e développeur·se
startup: Signal Logement
incubateur: beta.gouv.fr
nom_equipe: Pôle technique
statut: fermee
publication: 2025-11-02T09:30:00.000Z
ouverture: 2025-11-01
fermeture: 2025-12-31
ferme_le: 2025-12-15
pourvu: 2025-12-14
contrat: CDD
detail_contrat: CDD de 3 ans, renouvelable
duree: 3 ans
debut: 2026-01-05
debut_texte: Dès que possible
lieu: Rennes
communes:
  - "35238"
teletravail: partiel
detail_teletravail: 2 jours par semaine
remuneration: 45 à 55 k€
contact: recrutement@exemple.gouv.fr
lien_candidature: https://candidature.exemple.fr/offre
juniors: false
lecture_a_l_aveugle: true
domaines:
  - developpement
  - donnees
technologies:
  - Python
  - PostgreSQL
contacts:
  - "@camille"
  - dominique@exemple.fr
redirect_from:
  - /recrutement/2025/dev-back
airtable_formulaire: https://airtable.com/x
notes:
  n: 1
  ok: null
cles_conservees:
  titre: Ancien titre
---

## Le poste

  Texte indenté : # pas un commentaire
---
Fin.
`);
  });

  it("leaves out what is not known, and writes an organisation and its parent by their kinds", () => {
    const minimal: ExportablePosting = {
      ...FULL,
      ...Object.fromEntries(
        Object.entries(FULL)
          .filter(([, value]) => typeof value === "string" || typeof value === "boolean" || value instanceof Date)
          .map(([key]) => [key, null]),
      ),
      slug: "coach",
      title: "Coach",
      status: "DRAFT",
      blindReview: false,
      body: "",
      organisation: { name: "Équipe produit", kind: "TEAM", parent: { name: "DINUM", kind: "PARTNER" } },
      domains: [],
      technologies: [],
      places: [],
      contacts: [],
      redirectFrom: [],
      extraFrontMatter: {},
    } as ExportablePosting;
    expect(postingToMarkdown(minimal)).toBe(
      "---\ndialecte: rejoindre\ntitre: Coach\nslug: coach\nequipe: Équipe produit\nfriend: DINUM\nstatut: brouillon\n---\n\n",
    );
    // A parent that does not rank above: written by name and kind.
    const inverted = {
      ...minimal,
      organisation: { name: "Lab", kind: "INCUBATOR" as const, parent: { name: "Ministère", kind: "PARTNER" as const } },
    };
    expect(postingToMarkdown(inverted)).toContain("incubateur: Lab\nparent: Ministère\ntype_parent: partenaire\n");
  });

  it("reads its own file back exactly", () => {
    const outcome = parsePostingFile("x.md", Buffer.from(postingToMarkdown(FULL)));
    if (!outcome.ok) throw new Error(outcome.reason);
    const { organisation, ...posting } = outcome.posting;
    const { organisation: expectedOrganisation, ...expected } = FULL;
    expect(organisation).toEqual(expectedOrganisation);
    expect(posting).toEqual(expected);
    expect(outcome.warnings).toEqual([]);
  });

  it("writes a closing at the end of a Paris day as the day, any other instant in full", () => {
    expect(writeClosing(new Date("2026-07-07T21:59:59.999Z"))).toBe("2026-07-07");
    expect(writeClosing(new Date("2026-07-07T22:00:00.000Z"))).toBe("2026-07-07T22:00:00.000Z");
  });
});

describe("reading the dialect", () => {
  const read = (frontMatter: string) =>
    parsePostingFile("x.md", Buffer.from(`---\ndialecte: rejoindre\n${frontMatter}---\n\nTexte : CDI à Lyon, télétravail complet.\n`));

  it("reads nothing from the prose and guesses nothing from the file name", () => {
    const outcome = parsePostingFile(
      "2021-06-17-autre-nom.md",
      Buffer.from(
        "---\ndialecte: rejoindre\ntitre: Développeur\nslug: dev\nfriend: Etalab\nstatut: publiee\n---\n\nCDI à Lyon, télétravail complet, Python.\n",
      ),
    );
    expect(outcome).toMatchObject({
      ok: true,
      warnings: [],
      posting: { slug: "dev", contractType: null, location: null, remotePolicy: null, publishedAt: null, domains: [], technologies: [] },
    });
  });

  it("rejects a file without title or with a bad slug, by reason", () => {
    expect(read("slug: a\n")).toMatchObject({ ok: false, reason: expect.stringContaining("titre") });
    expect(read("titre: A\nslug: Pas Un Slug\n")).toMatchObject({ ok: false, reason: expect.stringContaining("slug") });
  });

  it("keeps unreadable values aside under their key and says so", () => {
    const outcome = read(
      "titre: A\nslug: a\nfriend: X\nstatut: peut-être\ncontrat: mi-temps\njuniors: souvent\ndebut: bientôt\ndomaines: [data, cuisine]\n",
    );
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.posting).toMatchObject({
      status: "DRAFT",
      contractType: null,
      juniorsWelcome: null,
      startDate: null,
      domains: ["DATA"],
    });
    expect(outcome.posting.extraFrontMatter).toEqual({
      statut: "peut-être",
      contrat: "mi-temps",
      juniors: "souvent",
      debut: "bientôt",
      domaines: ["cuisine"],
    });
    expect(outcome.warnings).toHaveLength(6);
  });

  it("says when a key is written twice, and keeps the last value", () => {
    expect(read("titre: A\nslug: a\nfriend: X\nstatut: publiee\nlieu: Lyon\nlieu: Brest\n")).toMatchObject({
      ok: true,
      posting: { location: "Brest" },
      warnings: ["clé « lieu » écrite plusieurs fois : la dernière valeur est retenue"],
    });
  });

  it("takes any other key, including another dialect's names, as kept aside", () => {
    const outcome = read("titre: A\nslug: a\nfriend: X\nstatut: publiee\ntitle: Autre\nposte_pourvu: true\n");
    expect(outcome).toMatchObject({
      ok: true,
      posting: { title: "A", status: "PUBLISHED", extraFrontMatter: { title: "Autre", poste_pourvu: true } },
    });
  });
});

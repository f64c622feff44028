import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminStatus } from "@/lib/postings/admin/queries";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { MAX_FILE_BYTES } from "./front-matter";
import { importPostings } from "./run";
import { saveImportedPosting } from "./save";
import type { ImportedPosting } from "./types";

const STARTUP_FILE = `---
title: Développeur·se full-stack
startup: Signal Logement
incubator: beta.gouv.fr
contrat: CDI
technologies: [Python, Django]
couleur_preferee: vert
open: true
date: 2026-10-05
---

Nous cherchons quelqu'un pour construire le service.
`;

const PARTNER_FILE = `---
title: Chargée ou chargé de déploiement
friend: Etalab
type: CDD
length: 2 ans
published_date: 4 novembre 2026
---

## Le poste

Accompagner les administrations.
`;

const NO_ORGANISATION_FILE = `---
title: Coach agile
type: freelance
---

Un poste sans organisation nommée.
`;

let dir: string;

async function write(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-import-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(BACKENDS)("importing postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("creates postings and their organisations, a start-up under its incubator", async () => {
    const files = [await write("a.md", STARTUP_FILE), await write("b.md", PARTNER_FILE)];
    const reports = await importPostings(t.db, files);

    expect(reports.map((r) => r.outcome)).toEqual(["created", "created"]);
    const posting = await t.db.posting.findUniqueOrThrow({
      where: { slug: "developpeur-se-full-stack" },
      include: { organisation: { include: { parent: true } }, technologies: true },
    });
    expect(posting.organisation).toMatchObject({ name: "Signal Logement", kind: "STARTUP" });
    expect(posting.organisation.parent).toMatchObject({ name: "beta.gouv.fr", kind: "INCUBATOR" });
    expect(posting.contractType).toBe("PERMANENT");
    expect(posting.status).toBe("PUBLISHED");
    expect(posting.technologies.map((x) => x.name).sort()).toEqual(["Django", "Python"]);
    expect(JSON.parse(posting.extraFrontMatter)).toEqual({ couleur_preferee: "vert" });
    expect(reports[0]?.extraKeys).toEqual(["couleur_preferee"]);
    expect(posting.sourceFile).toBe("a.md");
  });

  it("is idempotent: importing again updates the same postings, never duplicates", async () => {
    const files = [await write("a.md", STARTUP_FILE), await write("b.md", PARTNER_FILE)];
    await importPostings(t.db, files);
    await write("b.md", PARTNER_FILE.replace("length: 2 ans", "length: 3 ans"));
    const again = await importPostings(t.db, files);

    expect(again.map((r) => r.outcome)).toEqual(["updated", "updated"]);
    expect(await t.db.posting.count()).toBe(2);
    expect(await t.db.organisation.count()).toBe(3);
    const updated = await t.db.posting.findUniqueOrThrow({ where: { slug: "chargee-ou-charge-de-deploiement" } });
    expect(updated.duration).toBe("3 ans");
    expect(updated.version).toBe(2);
  });

  it("goes on past a bad file and reports it with its name and reason", async () => {
    const files = [
      await write("broken.md", "---\ntitle: [pas fermé\n---\ncorps"),
      await write("a.md", STARTUP_FILE),
      await write("missing.md", "").then((f) => f.replace("missing", "absent")),
    ];
    const reports = await importPostings(t.db, files);

    expect(reports.map((r) => [path.basename(r.file), r.outcome])).toEqual([
      ["broken.md", "rejected"],
      ["a.md", "created"],
      ["absent.md", "rejected"],
    ]);
    expect(reports[0]?.reason).toBeTruthy();
    expect(reports[2]?.reason).toMatch(/lecture impossible/);
    expect(await t.db.posting.count()).toBe(1);
  });

  it("rejects a file naming no organisation, unless a default one is given", async () => {
    const file = await write("coach.md", NO_ORGANISATION_FILE);
    const [rejected] = await importPostings(t.db, [file]);
    expect(rejected).toMatchObject({ outcome: "rejected", reason: expect.stringMatching(/organisation/) });
    expect(await t.db.posting.count()).toBe(0);

    const [accepted] = await importPostings(t.db, [file], { defaultOrganisation: { name: "DINUM", kind: "TEAM" } });
    expect(accepted?.outcome).toBe("created");
    const posting = await t.db.posting.findFirstOrThrow({ include: { organisation: true } });
    expect(posting.organisation.name).toBe("DINUM");
  });

  it("keeps two files that make the same slug as two postings, under stable readable slugs", async () => {
    const folder = await mkdtemp(path.join(dir, "archive-"));
    const first = STARTUP_FILE.replace("title: Développeur·se full-stack", "title: Première");
    await writeFile(path.join(folder, "2021-06-17-charge-e.de.deploiement.md"), first.replace("date: 2026-10-05\n", ""));
    await writeFile(path.join(folder, "2022-02-03-charge-e-de-deploiement.md"), PARTNER_FILE.replace("title: ", "title: Deuxième "));
    await writeFile(path.join(folder, "2022-02-21-charge-e-de-deploiement.md"), PARTNER_FILE.replace("title: ", "title: Troisième "));
    const reports = await importPostings(t.db, [folder]);
    expect(reports.map((r) => [r.sourceFile, r.outcome, r.slug])).toEqual([
      ["2021-06-17-charge-e.de.deploiement.md", "created", "charge-e-de-deploiement"],
      ["2022-02-03-charge-e-de-deploiement.md", "created", "charge-e-de-deploiement-2022-02"],
      ["2022-02-21-charge-e-de-deploiement.md", "created", "charge-e-de-deploiement-etalab"],
    ]);
    expect(reports[1]?.warnings).toContain(
      "identifiant « charge-e-de-deploiement » déjà pris par 2021-06-17-charge-e.de.deploiement.md dans ce lot : offre enregistrée sous « charge-e-de-deploiement-2022-02 »",
    );

    // Again, whole: every file finds its posting and keeps its slug.
    const again = await importPostings(t.db, [folder]);
    expect(again.map((r) => [r.outcome, r.slug])).toEqual(reports.map((r) => ["updated", r.slug]));
    expect(await t.db.posting.count()).toBe(3);
    const saved = await t.db.posting.findMany({ select: { slug: true, sourceFile: true, sourceHash: true }, orderBy: { slug: "asc" } });
    expect(saved.map((p) => p.sourceFile)).toEqual(reports.map((r) => r.sourceFile));
    expect(saved.every((p) => /^[0-9a-f]{64}$/.test(p.sourceHash ?? ""))).toBe(true);
  });

  it("gives a new file another slug than a posting made in the admin, which keeps its own", async () => {
    const posting = { slug: "coach-agile", title: "Coach", organisation: { name: "DINUM", kind: "TEAM" }, technologies: [], domains: [] };
    await t.db.organisation.create({ data: { slug: "dinum", name: "DINUM", kind: "TEAM" } });
    const org = await t.db.organisation.findUniqueOrThrow({ where: { slug: "dinum" } });
    await t.db.posting.create({ data: { slug: posting.slug, title: "Coach", organisationId: org.id, body: "écrit à la main" } });
    const [report] = await importPostings(t.db, [await write("coach.md", NO_ORGANISATION_FILE)], {
      defaultOrganisation: { name: "DINUM", kind: "TEAM" },
    });
    expect(report).toMatchObject({ outcome: "created", slug: "coach-agile-dinum" });
    expect(report?.warnings).toContain(
      "identifiant « coach-agile » déjà pris par une offre déjà enregistrée : offre enregistrée sous « coach-agile-dinum »",
    );
    expect((await t.db.posting.findUniqueOrThrow({ where: { slug: "coach-agile" } })).body).toBe("écrit à la main");
  });

  it("updates the posting of a file imported again, found by its path or, for older rows, its name", async () => {
    const folder = await mkdtemp(path.join(dir, "nested-"));
    await mkdir(path.join(folder, "2021"));
    await writeFile(path.join(folder, "2021", "a.md"), STARTUP_FILE);
    await importPostings(t.db, [await write("a.md", STARTUP_FILE)]);
    expect((await t.db.posting.findFirstOrThrow()).sourceFile).toBe("a.md");
    const [report] = await importPostings(t.db, [folder]);
    expect(report).toMatchObject({ outcome: "updated", slug: "developpeur-se-full-stack", sourceFile: "2021/a.md" });
    expect(await t.db.posting.findFirstOrThrow()).toMatchObject({ sourceFile: "2021/a.md", version: 2 });
  });

  it("takes another organisation's file of the same name for another posting, never for theirs", async () => {
    const [first] = await importPostings(t.db, [await write("offre.md", STARTUP_FILE)]);
    const other = await mkdtemp(path.join(dir, "other-"));
    await writeFile(path.join(other, "offre.md"), PARTNER_FILE);
    const [second] = await importPostings(t.db, [path.join(other, "offre.md")]);
    expect([first?.outcome, second?.outcome]).toEqual(["created", "created"]);
    const postings = await t.db.posting.findMany({ orderBy: { createdAt: "asc" }, include: { organisation: true } });
    expect(postings.map((p) => [p.organisation.name, p.sourceFile, p.version])).toEqual([
      ["Signal Logement", "offre.md", 1],
      ["Etalab", "offre.md", 1],
    ]);
  });

  it("leaves no organisation behind when it refuses a duplicate that would have created one", async () => {
    await importPostings(t.db, [await write("premier.md", NO_ORGANISATION_FILE)], {
      defaultOrganisation: { name: "Équipe A", kind: "TEAM" },
    });
    const copy = await mkdtemp(path.join(dir, "copy-"));
    await writeFile(path.join(copy, "copie.md"), NO_ORGANISATION_FILE);
    const [report] = await importPostings(t.db, [path.join(copy, "copie.md")], {
      defaultOrganisation: { name: "Équipe B", kind: "TEAM" },
    });
    expect(report).toMatchObject({ outcome: "rejected", reason: "même contenu que premier.md" });
    expect((await t.db.organisation.findMany()).map((o) => o.name)).toEqual(["Équipe A"]);
  });

  it("rejects a real duplicate, the same bytes under another name, naming the other file", async () => {
    const reports = await importPostings(t.db, [await write("2021-06-17-x.md", STARTUP_FILE), await write("copie.md", STARTUP_FILE)]);
    expect(reports.map((r) => [r.outcome, r.reason])).toEqual([
      ["created", undefined],
      ["rejected", "même contenu que 2021-06-17-x.md dans ce lot"],
    ]);
    const [later] = await importPostings(t.db, [await write("encore.md", STARTUP_FILE)]);
    expect(later).toMatchObject({ outcome: "rejected", reason: "même contenu que 2021-06-17-x.md" });
    expect(await t.db.posting.count()).toBe(1);
  });

  it("reports what a folder holds besides postings, ignoring hidden files, and refuses huge files unread", async () => {
    const folder = await mkdtemp(path.join(dir, "mixed-"));
    await mkdir(path.join(folder, ".git"));
    await writeFile(path.join(folder, ".git", "HEAD"), "ref: refs/heads/main");
    await writeFile(path.join(folder, "_config.yml"), "title: site");
    await writeFile(path.join(folder, "fiche.pdf"), Buffer.from([0x25, 0x50, 0x44, 0x46, 0]));
    await writeFile(path.join(folder, "image.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]));
    await writeFile(path.join(folder, "gros.md"), Buffer.alloc(MAX_FILE_BYTES + 1, "a"));
    await writeFile(path.join(folder, "offre.md"), STARTUP_FILE);
    await writeFile(path.join(folder, "casse.md"), "---\ntitle: Offre\nroles: [pas fermé\n---\n\nLe poste.\n");
    const reports = await importPostings(t.db, [folder]);
    expect(reports.map((r) => [r.sourceFile, r.outcome, r.reason?.split(" :")[0]])).toEqual([
      ["casse.md", "rejected", expect.stringMatching(/^En-tête YAML invalide à la ligne \d+ du fichier/)],
      ["fiche.pdf", "rejected", "pas un fichier markdown (.pdf)"],
      ["gros.md", "rejected", "Fichier trop volumineux"],
      ["image.md", "rejected", "Fichier binaire"],
      ["offre.md", "created", undefined],
    ]);
    expect(await t.db.posting.count()).toBe(1);
  });

  it("saves every key of the real archive: filled with its date, contacts, the external form, old addresses", async () => {
    const file = await write(
      "2021-06-17-charge-e-de-deploiement.md",
      `---
titles:
  - Chargé·e de déploiement
  - Deployment officer
startup: Mon Suivi
domaines: [Déploiements, Produit]
poste_pourvu: 2021-09-15
depublication_date: 2021-09-30
contacts: [prenom.nom, autre.personne]
airtable_formulaire: https://airtable.com/shrFormulaire
redirect_from: /recrutement/2021/06/17/charge-e-de-deploiement.html
---

Le poste.
`,
    );
    const [report] = await importPostings(t.db, [file]);
    expect(report).toMatchObject({ outcome: "created", slug: "charge-e-de-deploiement", extraKeys: ["titles"] });
    const saved = await t.db.posting.findUniqueOrThrow({
      where: { slug: "charge-e-de-deploiement" },
      include: { domains: true, redirects: true },
    });
    expect(saved).toMatchObject({
      title: "Chargé·e de déploiement",
      status: "CLOSED",
      filledAt: new Date("2021-09-15T00:00:00Z"),
      closesAt: new Date("2021-09-30T21:59:59.999Z"),
      externalUrl: "https://airtable.com/shrFormulaire",
      contacts: JSON.stringify(["prenom.nom", "autre.personne"]),
    });
    expect(adminStatus(saved, new Date())).toBe("filled");
    expect(saved.domains.map((d) => d.domain).sort()).toEqual(["DEPLOYMENT", "PRODUCT"]);
    expect(saved.redirects.map((r) => r.path)).toEqual(["/recrutement/2021/06/17/charge-e-de-deploiement.html"]);
  });

  it("leaves nothing half-written when saving fails part-way", async () => {
    const posting = {
      slug: "poste-incomplet",
      title: "Poste",
      organisation: { name: "Nouvelle équipe", kind: "TEAM" },
      // Twice the same technology breaks the (posting, name) key after the posting row is written.
      technologies: ["Python", "Python"],
      domains: [],
      status: "PUBLISHED",
      body: "",
      extraFrontMatter: {},
    } as unknown as ImportedPosting & { organisation: { name: string; kind: "TEAM" } };
    await expect(saveImportedPosting(t.db, posting, "x.md")).rejects.toThrow();
    expect(await t.db.posting.count()).toBe(0);
    expect(await t.db.organisation.count()).toBe(0);
  });
});

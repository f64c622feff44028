import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
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

  it("rejects the second of two files with the same slug in one batch", async () => {
    const files = [await write("one.md", STARTUP_FILE), await write("two.md", STARTUP_FILE.replace("open: true", "open: false"))];
    const reports = await importPostings(t.db, files);
    expect(reports.map((r) => r.outcome)).toEqual(["created", "rejected"]);
    expect(reports[1]?.reason).toMatch(/one\.md/);
    expect((await t.db.posting.findFirstOrThrow()).status).toBe("PUBLISHED");
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

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportFileName, exportPostings, formatExportReport } from "@/lib/postings/export/folder";
import { importUploadedPostings } from "@/lib/postings/import/run";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";

const file = (front: string) => Buffer.from(`---\n${front}---\n\nTexte de l'offre.\n`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the exported file names", () => {
  it("keeps the source file, else names the publication day and the slug, else the slug", () => {
    const day = new Date("2026-10-05T08:00:00.000Z");
    expect(exportFileName({ slug: "dev", sourceFile: "2021-06-17-charge-e.de.deploiement.md", publishedAt: day })).toBe(
      "2021-06-17-charge-e.de.deploiement.md",
    );
    expect(exportFileName({ slug: "dev", sourceFile: "_posts/2021/dev.md", publishedAt: null })).toBe("_posts/2021/dev.md");
    expect(exportFileName({ slug: "dev", sourceFile: null, publishedAt: day })).toBe("2026-10-05-dev.md");
    expect(exportFileName({ slug: "dev", sourceFile: null, publishedAt: null })).toBe("dev.md");
    // A name that would leave the folder, or a file that was not markdown, is not reused.
    expect(exportFileName({ slug: "dev", sourceFile: "../../etc/dev.md", publishedAt: null })).toBe("dev.md");
    expect(exportFileName({ slug: "dev", sourceFile: "dev.txt", publishedAt: null })).toBe("dev.md");
  });
});

describe.each(BACKENDS)("exporting postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  async function seed() {
    const reports = await importUploadedPostings(t.db, [
      { name: "2021-06-17-intendant.md", content: file("title: Intendant numérique\nfriend: Etalab\nopen: true\n") },
      {
        name: "coach.md",
        content: file("title: Coach agile\nstartup: Signal Logement\nincubator: beta.gouv.fr\nopen: true\ndate: 2026-10-05\n"),
      },
    ]);
    expect(reports.map((r) => r.outcome)).toEqual(["created", "created"]);
    const organisation = await t.db.organisation.findUniqueOrThrow({ where: { slug: "etalab" } });
    await t.db.posting.create({ data: { slug: "sans-fichier", title: "Sans fichier", body: "", organisationId: organisation.id } });
  }

  it("writes every posting under its file name and reports them", async () => {
    await seed();
    const target = path.join(dir, `all-${provider}`);
    const report = await exportPostings(t.db, target);
    expect(report).toMatchObject({ ok: true, folder: target });
    expect((await readdir(target)).sort()).toEqual(["2021-06-17-intendant.md", "coach.md", "sans-fichier.md"]);
    expect(await readFile(path.join(target, "coach.md"), "utf8")).toMatch(/^---\ndialecte: rejoindre\ntitre: Coach agile\n/);
    expect(formatExportReport(report)).toMatch(
      /^3 offre\(s\) exportée\(s\) dans .*\n {2}coach\.md {2}\(coach-agile\)\n {2}2021-06-17-intendant\.md {2}\(intendant\)/,
    );
  });

  it("writes only one organisation's postings, named by name or by slug", async () => {
    await seed();
    for (const [name, organisation] of [
      ["by-name", "Signal Logement"],
      ["by-slug", "signal-logement"],
    ]) {
      const report = await exportPostings(t.db, path.join(dir, `${name}-${provider}`), { organisation });
      expect(report).toMatchObject({ ok: true, organisation: "Signal Logement", files: [{ file: "coach.md", slug: "coach-agile" }] });
    }
    const unknown = await exportPostings(t.db, path.join(dir, `unknown-${provider}`), { organisation: "Nulle part" });
    expect(unknown).toEqual({ ok: false, reason: "Organisation inconnue : « Nulle part » (nom ou identifiant)." });
  });

  it("refuses a target that is not empty, by name, and writes nothing", async () => {
    await seed();
    const target = path.join(dir, `full-${provider}`);
    await mkdir(target);
    await writeFile(path.join(target, "garder.md"), "à garder");
    const report = await exportPostings(t.db, target);
    expect(report).toEqual({ ok: false, reason: expect.stringContaining(`« ${target} » n'est pas vide`) });
    expect(await readdir(target)).toEqual(["garder.md"]);
    expect((await readdir(dir)).filter((name) => name.includes(".export-"))).toEqual([]);
    // An empty folder is fine.
    const empty = path.join(dir, `empty-${provider}`);
    await mkdir(empty);
    expect(await exportPostings(t.db, empty)).toMatchObject({ ok: true });
  });
});

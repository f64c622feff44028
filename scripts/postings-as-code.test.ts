import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "@/lib/db/schema-files";
import { gitRepository } from "@/lib/test/git-repository";

const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-export-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function command(script: string, args: string[], db: string) {
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  return run(tsx, [script, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${db}` } }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe("npm run sync-postings", () => {
  it("refuses a folder that is not a git working tree, then syncs one, with exit codes", { timeout: 60_000 }, async () => {
    const db = path.join(dir, "sync.db");
    const plain = path.join(dir, "pas-git");
    await mkdir(plain);
    expect(await command("scripts/sync-postings.ts", [plain], db)).toEqual({
      code: 1,
      stdout: expect.stringContaining("Synchronisation refusée : « "),
    });

    const repo = await gitRepository(dir, { "coach.md": "---\ntitle: Coach agile\n---\n\nTexte.\n" });
    const synced = await command("scripts/sync-postings.ts", [repo.root, "--organisation", "Équipe Coach"], db);
    expect(synced).toMatchObject({ code: 0, stdout: expect.stringMatching(/première synchronisation[\s\S]*importée : coach\.md/) });
  });
});

describe("npm run export-postings", () => {
  it("exports what was imported, then refuses the same folder now that it is full", { timeout: 60_000 }, async () => {
    const db = path.join(dir, "cli.db");
    const source = path.join(dir, "source");
    await mkdir(source);
    await writeFile(path.join(source, "2026-11-02-intendant.md"), "---\ntitle: Intendant numérique\nfriend: Etalab\n---\n\nTexte.\n");
    expect((await command("scripts/import.ts", [source], db)).code).toBe(0);

    const target = path.join(dir, "export");
    const first = await command("scripts/export-postings.ts", [target, "--organisation", "Etalab"], db);
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining("1 offre(s) de « Etalab » exportée(s)") });
    expect(await readdir(target)).toEqual(["2026-11-02-intendant.md"]);

    const again = await command("scripts/export-postings.ts", [target], db);
    expect(again).toEqual({ code: 1, stdout: expect.stringMatching(/^Export refusé : « .*export » n'est pas vide/) });
  });
});

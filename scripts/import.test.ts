import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "@/lib/db/schema-files";

const run = promisify(execFile);
const GOOD = "---\ntitle: Intendante ou intendant numérique\nfriend: Etalab\ncontrat: CDD\n---\n\nTexte.\n";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "rejoindre-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function importCommand(args: string[], db: string) {
  const tsx = path.join(ROOT, "node_modules/.bin/tsx");
  return run(tsx, ["scripts/import.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${db}` } }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe("npm run import", () => {
  it("imports a folder, prints a per-file report and exits 0", async () => {
    const folder = path.join(dir, "ok");
    await mkdir(folder);
    await writeFile(path.join(folder, "2026-11-02-intendant.md"), GOOD);
    const { code, stdout } = await importCommand([folder], path.join(dir, "ok.db"));

    expect(stdout).toMatch(/importée : .*2026-11-02-intendant\.md → \/offres\/intendant/);
    expect(stdout).toMatch(/1 fichier\(s\) : 1 importé\(s\), 0 mis à jour, 0 rejeté\(s\)/);
    expect(code).toBe(0);
  });

  it("exits non-zero when a file is rejected, after importing the others", async () => {
    const good = path.join(dir, "good.md");
    const bad = path.join(dir, "bad.md");
    await writeFile(good, GOOD);
    await writeFile(bad, "pas d'en-tête du tout\n");
    const { code, stdout } = await importCommand([bad, good], path.join(dir, "mixed.db"));

    expect(stdout).toMatch(/REJETÉE : .*bad\.md\n\s+motif : .+/);
    expect(stdout).toMatch(/importée : .*good\.md/);
    expect(code).toBe(1);
  });
});

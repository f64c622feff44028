import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPostingSync } from "@/lib/postings/admin/queries";
import { syncPostings } from "@/lib/postings/sync/run";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { castOf } from "@/lib/test/people";

const exec = promisify(execFile);
let root: string;
let head: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "rejoindre-sync-info-"));
  const git = async (...args: string[]) => (await exec("git", args, { cwd: root })).stdout.trim();
  await git("init", "--quiet", "--initial-branch=main");
  await git("config", "user.name", "Sacha");
  await git("config", "user.email", "sacha@depot.example");
  await writeFile(path.join(root, "a.md"), "---\ntitle: Offre A\nstartup: Équipe A\n---\n\nTexte.\n");
  await git("add", "a.md");
  await git("commit", "--quiet", "-m", "A");
  head = await git("rev-parse", "HEAD");
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(BACKENDS)("a synced offer's git details on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("are shown to who may read the offer, and to nobody else", async () => {
    const cast = await castOf(t.db);
    await syncPostings(t.db, root);
    const { id } = await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-a" } });
    expect(await getPostingSync(cast.actors.reader, id)).toMatchObject({
      path: "a.md",
      commit: head,
      author: "Sacha <sacha@depot.example>",
      conflict: null,
      source: { path: root },
    });
    // Another organisation's offer answers as an unknown one.
    expect(await getPostingSync(cast.actors.otherRecruiter, id)).toBeNull();
    expect(await getPostingSync(cast.actors.otherRecruiter, "inconnue")).toBeNull();
    await expect(getPostingSync(null, id)).rejects.toThrow();
  });
});

import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPostingSync } from "@/lib/postings/admin/queries";
import { syncPostings } from "@/lib/postings/sync/run";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { gitRepository } from "@/lib/test/git-repository";
import { castOf } from "@/lib/test/people";

let tmp: string;
let root: string;
let head: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "rejoindre-sync-info-"));
  const repo = await gitRepository(tmp, {}, { name: "Sacha", email: "sacha@depot.example" });
  root = repo.root;
  head = await repo.commit({ "a.md": "---\ntitle: Offre A\nstartup: Équipe A\n---\n\nTexte.\n" });
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
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

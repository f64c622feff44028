import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { updatePosting } from "@/lib/postings/admin/commands";
import { formValuesOf } from "@/lib/postings/admin/form-values";
import { loadEditable } from "@/lib/postings/admin/load";
import { postingFormSchema } from "@/lib/postings/admin/schema";
import { parsePostingFile } from "@/lib/postings/import/parse";
import { contentHash, syncPostings } from "@/lib/postings/sync/run";
import { acting } from "@/lib/test/acting";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { gitRepository } from "@/lib/test/git-repository";
import { castOf } from "@/lib/test/people";

const posting = (title: string, more = "") =>
  `---\ntitle: ${title}\nstartup: Équipe A\nopen: true\n${more}---\n\nLe texte de l'offre ${title}.\n`;

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "rejoindre-sync-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const repository = (files: Record<string, string> = {}) => gitRepository(tmp, files);

async function editTitle(db: Db, actor: Parameters<typeof acting>[0], slug: string, title: string) {
  const { id } = await db.posting.findUniqueOrThrow({ where: { slug } });
  const editable = await loadEditable(db, id);
  if (!editable) throw new Error("offre introuvable");
  const input = postingFormSchema.parse({ ...formValuesOf(editable), title });
  const saved = await updatePosting(acting(actor), id, editable.version, input);
  expect(saved).toMatchObject({ ok: true });
}

describe.each(BACKENDS)("syncing a git working tree on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("refuses what is not a synced working tree, each with its reason", async () => {
    expect(await syncPostings(t.db, path.join(tmp, "nulle-part"))).toEqual({
      ok: false,
      reason: expect.stringContaining("n'est pas un dossier"),
    });
    const plain = path.join(tmp, `simple-${provider}`);
    await mkdir(plain);
    expect(await syncPostings(t.db, plain)).toEqual({ ok: false, reason: expect.stringContaining("n'est pas un dépôt git") });

    const empty = await repository();
    expect(await syncPostings(t.db, empty.root)).toEqual({ ok: false, reason: expect.stringContaining("n'a encore aucun commit") });

    const dirty = await repository({ "offres/a.md": posting("Offre A") });
    await writeFile(path.join(dirty.root, "offres/a.md"), posting("Offre A modifiée"));
    await writeFile(path.join(dirty.root, "nouveau.md"), posting("Nouvelle"));
    expect(await syncPostings(t.db, dirty.root)).toEqual({
      ok: false,
      reason: expect.stringMatching(/modifications non enregistrées \((offres\/a\.md, nouveau\.md|nouveau\.md, offres\/a\.md)\)/),
    });
    const inside = path.join(dirty.root, "offres");
    expect(await syncPostings(t.db, inside)).toEqual({ ok: false, reason: expect.stringContaining("donnez la racine du dépôt") });
    expect(await t.db.posting.count()).toBe(0);
    expect(await t.db.syncSource.count()).toBe(0);
  });

  it("imports every file at first, then what was added, changed or deleted since the last synced commit", async () => {
    await castOf(t.db);
    const repo = await repository({
      "offres/a.md": posting("Offre A"),
      "offres/b.md": posting("Offre B"),
      "LISEZMOI.txt": "pas une offre",
    });
    const first = await syncPostings(t.db, repo.root);
    const head = await repo.git("rev-parse", "HEAD");
    expect(first).toMatchObject({
      ok: true,
      from: null,
      to: head,
      files: [
        { path: "offres/a.md", outcome: "created", slug: "offre-a" },
        { path: "offres/b.md", outcome: "created", slug: "offre-b" },
      ],
    });
    const source = await t.db.syncSource.findUniqueOrThrow({
      where: { path: repo.root },
      include: { postings: { orderBy: { path: "asc" } } },
    });
    expect(source.lastCommit).toBe(head);
    expect(source.postings[0]).toMatchObject({
      path: "offres/a.md",
      commit: head,
      author: "Camille Dépôt <camille@depot.example>",
      contentHash: contentHash(posting("Offre A")),
      version: 1,
      conflict: null,
    });
    expect(source.postings[0]?.commitAt).toBeInstanceOf(Date);

    const second = await repo.commit({
      "offres/a.md": posting("Offre A", "lieu: Rennes\n"),
      "offres/b.md": null,
      "offres/c.md": posting("Offre C"),
    });
    const report = await syncPostings(t.db, repo.root);
    expect(report).toMatchObject({ ok: true, from: head, to: second });
    if (!report.ok) return;
    expect(report.files.map((f) => [f.path, f.outcome]).sort()).toEqual([
      ["offres/a.md", "updated"],
      ["offres/b.md", "closed"],
      ["offres/c.md", "created"],
    ]);
    expect(await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-a" } })).toMatchObject({ location: "Rennes", version: 2 });
    // A deleted file closes its posting; the posting stays, applications hang on it.
    const closed = await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-b" }, include: { sync: true } });
    expect(closed).toMatchObject({ status: "CLOSED", sync: null });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(
      await t.db.auditEvent.count({ where: { action: "posting.close", subjectId: closed.id, actorLabel: "synchronisation git" } }),
    ).toBe(1);

    // Nothing changed since: nothing to do.
    expect(await syncPostings(t.db, repo.root)).toMatchObject({ ok: true, from: second, to: second, files: [] });

    // A renamed file keeps its posting.
    await repo.git("mv", "offres/c.md", "offres/c-renomme.md");
    await repo.git("commit", "--quiet", "-m", "Renommage");
    const renamed = await syncPostings(t.db, repo.root);
    expect(renamed).toMatchObject({ ok: true, files: [{ path: "offres/c-renomme.md", outcome: "renamed", slug: "offre-c" }] });
    expect(await t.db.postingSync.findFirstOrThrow({ where: { posting: { slug: "offre-c" } } })).toMatchObject({
      path: "offres/c-renomme.md",
    });
  });

  it("reports a bad file by name and goes on with the others", async () => {
    await castOf(t.db);
    const repo = await repository({ "casse.md": "---\ntitle: [pas fermé\n---\n", "bonne.md": posting("Bonne") });
    const report = await syncPostings(t.db, repo.root);
    expect(report).toMatchObject({
      ok: true,
      files: [
        { path: "bonne.md", outcome: "created" },
        { path: "casse.md", outcome: "rejected", reason: expect.stringContaining("YAML") },
      ],
    });
    expect(await t.db.postingSync.count()).toBe(1);
  });

  it("writes a posting edited in the admin back as a commit by its editor, saying what changed", async () => {
    const cast = await castOf(t.db);
    const repo = await repository({ "a.md": posting("Offre A"), "b.md": posting("Offre B") });
    await syncPostings(t.db, repo.root);
    await editTitle(t.db, cast.actors.recruiter, "offre-a", "Offre A, nouvel intitulé");

    const report = await syncPostings(t.db, repo.root);
    expect(report).toMatchObject({ ok: true, files: [{ path: "a.md", outcome: "written", slug: "offre-a" }] });
    const log = await repo.git("log", "-1", "--format=%an <%ae>%n%s%n%b");
    expect(log).toContain("recrute <recrute@a.gouv.fr>");
    expect(log).toContain("Offre « Offre A, nouvel intitulé » modifiée dans Rejoindre");
    expect(log).toContain("- intitulé du poste : Offre A → Offre A, nouvel intitulé");
    // The file is the dialect's, one commit touched only it, and it reads back as the posting.
    expect(await repo.git("show", "--name-only", "--format=", "HEAD")).toBe("a.md");
    const written = await readFile(path.join(repo.root, "a.md"));
    const parsed = parsePostingFile("a.md", written);
    expect(parsed).toMatchObject({ ok: true, posting: { title: "Offre A, nouvel intitulé", slug: "offre-a" } });
    const head = await repo.git("rev-parse", "HEAD");
    const { id } = await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-a" } });
    expect(await t.db.postingSync.findUniqueOrThrow({ where: { postingId: id } })).toMatchObject({
      commit: head,
      contentHash: contentHash(written),
      version: 2,
      author: "recrute <recrute@a.gouv.fr>",
    });
    expect(await t.db.syncSource.findUniqueOrThrow({ where: { path: repo.root } })).toMatchObject({ lastCommit: head });
    // Written back, the posting and its file agree: the next sync has nothing to do.
    expect(await syncPostings(t.db, repo.root)).toMatchObject({ ok: true, files: [] });
  });

  it("reports a posting changed on both sides as a conflict and overwrites neither, until someone chooses", async () => {
    const cast = await castOf(t.db);
    const repo = await repository({ "a.md": posting("Offre A") });
    await syncPostings(t.db, repo.root);
    await editTitle(t.db, cast.actors.recruiter, "offre-a", "Titre venu de l'admin");
    const fileSide = posting("Offre A", "lieu: Lyon\n");
    const gitHead = await repo.commit({ "a.md": fileSide }, "Lieu précisé");

    const report = await syncPostings(t.db, repo.root);
    expect(report).toMatchObject({
      ok: true,
      files: [{ path: "a.md", outcome: "conflict", reason: expect.stringContaining("rien n'a été écrasé") }],
    });
    expect(await repo.git("rev-parse", "HEAD")).toBe(gitHead);
    expect(await readFile(path.join(repo.root, "a.md"), "utf8")).toBe(fileSide);
    const kept = await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-a" }, include: { sync: true } });
    expect(kept).toMatchObject({ title: "Titre venu de l'admin", location: null });
    expect(kept.sync?.conflict).toMatch(
      /^Le fichier « a\.md » a changé dans git \(commit [0-9a-f]{7} de Camille Dépôt <camille@depot\.example>\)/,
    );
    expect(kept.sync?.conflictAt).toBeInstanceOf(Date);

    // Still a conflict at the next sync, though git did not move.
    expect(await syncPostings(t.db, repo.root)).toMatchObject({ ok: true, files: [{ path: "a.md", outcome: "conflict" }] });

    // Someone chooses the file: it is imported and the conflict is gone.
    const settled = await syncPostings(t.db, repo.root, { keepFile: ["a.md"] });
    expect(settled).toMatchObject({ ok: true, files: [{ path: "a.md", outcome: "updated" }] });
    const after = await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-a" }, include: { sync: true } });
    expect(after).toMatchObject({ title: "Offre A", location: "Lyon", sync: { conflict: null, conflictAt: null } });
  });

  it("lets the posting win a conflict when asked, and a file deleted while the posting was edited is a conflict too", async () => {
    const cast = await castOf(t.db);
    const repo = await repository({ "a.md": posting("Offre A"), "b.md": posting("Offre B") });
    await syncPostings(t.db, repo.root);
    await editTitle(t.db, cast.actors.recruiter, "offre-a", "Offre A retenue");
    await editTitle(t.db, cast.actors.recruiter, "offre-b", "Offre B retenue");
    await repo.commit({ "a.md": posting("Offre A", "lieu: Lyon\n"), "b.md": null });

    const report = await syncPostings(t.db, repo.root);
    expect(report).toMatchObject({ ok: true });
    if (!report.ok) return;
    expect(report.files.map((f) => [f.path, f.outcome]).sort()).toEqual([
      ["a.md", "conflict"],
      ["b.md", "conflict"],
    ]);
    expect(report.files.find((f) => f.path === "b.md")?.reason).toContain("a été supprimé dans git");
    expect(await t.db.posting.findUniqueOrThrow({ where: { slug: "offre-b" } })).toMatchObject({ status: "PUBLISHED" });

    const settled = await syncPostings(t.db, repo.root, { keepPosting: ["a.md", "b.md"] });
    expect(settled).toMatchObject({ ok: true });
    expect(await readFile(path.join(repo.root, "a.md"), "utf8")).toMatch(/^---\ndialecte: rejoindre\ntitre: Offre A retenue\n/);
    expect(await readFile(path.join(repo.root, "b.md"), "utf8")).toMatch(/titre: Offre B retenue\n/);
    expect(await repo.git("status", "--porcelain")).toBe("");
    expect(await t.db.postingSync.count({ where: { conflict: { not: null } } })).toBe(0);
  });
});

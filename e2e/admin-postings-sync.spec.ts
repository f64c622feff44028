import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { withServerDatabase } from "./database";
import { syncPostings } from "../lib/postings/sync/run";
import { gitRepository } from "../lib/test/git-repository";

test("une offre synchronisée avec git montre son fichier, son dernier commit et le conflit quand les deux côtés ont changé", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const organisation = await createOrganisation(testInfo, "Équipe synchronisée");
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  const tmp = await mkdtemp(path.join(os.tmpdir(), "rejoindre-e2e-sync-"));
  try {
    const { root, git, commit } = await gitRepository(tmp, {}, { name: "Alex Dépôt", email: "alex@depot.example" });
    const slug = `offre-git-${organisation.id.slice(-8)}`;
    const file = (place: string) =>
      `---\ntitle: Offre tenue dans git\nslug: ${slug}\nequipe: ${organisation.name}\nlieu: ${place}\n---\n\nLe texte.\n`;
    await commit({ "offre.md": file("Rennes") });

    const postingId = await withServerDatabase(testInfo, async (db) => {
      const first = await syncPostings(db, root);
      expect(first).toMatchObject({ ok: true, files: [{ path: "offre.md", outcome: "created" }] });
      return (await db.posting.findUniqueOrThrow({ where: { slug } })).id;
    });
    const shortSha = await git("rev-parse", "--short=7", "HEAD");

    await signIn(page, recruiter);
    await page.goto(`/admin/offres/${postingId}`);
    const section = page.getByRole("region", { name: "Synchronisée avec git" });
    await expect(section).toContainText("offre.md");
    await expect(section).toContainText(`${shortSha} par Alex Dépôt <alex@depot.example>`);
    await expect(page.getByText("Conflit de synchronisation")).toHaveCount(0);

    // Both sides change: the file in git, the offer in the back office.
    await commit({ "offre.md": file("Nantes") }, "Autre lieu");
    await withServerDatabase(testInfo, async (db) => {
      await db.posting.update({ where: { id: postingId }, data: { location: "Brest", version: { increment: 1 } } });
      expect(await syncPostings(db, root)).toMatchObject({ ok: true, files: [{ path: "offre.md", outcome: "conflict" }] });
    });
    await page.reload();
    await expect(page.getByText(/Conflit de synchronisation depuis le/)).toBeVisible();
    await expect(page.getByText(/Le fichier « offre\.md » a changé dans git .* rien n'a été écrasé/)).toBeVisible();
    // The label holds its hint (« Tel que l'offre le dit… »)
    await expect(page.getByRole("textbox", { name: /^Lieu Tel que/ })).toHaveValue("Brest");
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
});

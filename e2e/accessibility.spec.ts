import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { createApplication, createPoolProposal } from "./applications";
import { withServerDatabase } from "./database";
import { closedPosting, newestOpenPosting, postingPath } from "./demo-postings";

const pages: [string, () => string][] = [
  ["l'accueil", () => "/"],
  ["une offre ouverte", () => postingPath(newestOpenPosting())],
  ["une offre clôturée", () => postingPath(closedPosting())],
  ["la page 404", () => "/offres/cette-offre-n-existe-pas"],
  ["des résultats de recherche", () => "/?q=developpeur&teletravail=possible"],
  ["une recherche sans résultat", () => "/?q=zzyzx&contrat=cdi"],
  ["les offres clôturées et pourvues", () => "/archives"],
  ["la déclaration d'accessibilité", () => "/accessibilite"],
  ["les mentions légales", () => "/mentions-legales"],
  ["les données personnelles", () => "/donnees-personnelles"],
];

for (const [name, path] of pages) {
  test(`axe ne trouve aucune violation WCAG 2.1 AA sur ${name}`, async ({ page }) => {
    await page.goto(path());
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    // Name each violation and its first element, so a failure says what to fix.
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
  });
}

test("axe ne trouve aucune violation WCAG 2.1 AA sur le retrait de l'accord pour le vivier (page du lien, lien usé, accord retiré)", async ({
  page,
}, testInfo) => {
  const posting = await withServerDatabase(testInfo, (db) =>
    db.posting.findUniqueOrThrow({ where: { slug: newestOpenPosting().slug }, select: { id: true } }),
  );
  const candidate = await createApplication(testInfo, posting.id, undefined, { poolConsentAt: new Date() });
  const token = await createPoolProposal(testInfo, posting.id, `${candidate.lastName.toLowerCase()}@exemple.fr`);
  for (const path of [
    `/candidature/vivier/retrait/${token}`,
    `/candidature/vivier/retrait/${"A".repeat(43)}`,
    "/candidature/vivier/retrait/effectue",
  ]) {
    await page.goto(path);
    await test.step(path, async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
    });
  }
  await page.goto(`/candidature/vivier/retrait/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Retirer votre accord pour le vivier" })).toBeVisible();
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
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

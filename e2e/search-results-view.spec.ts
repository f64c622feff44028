import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { postingSearchColumns } from "../lib/postings/search/text";
import { openPostings } from "./demo-postings";

// The issue's phone (390 × 844) and a laptop: after "Rechercher", the view starts at the count.
const SCREENS = [
  { name: "téléphone", viewport: { width: 390, height: 844 } },
  { name: "ordinateur", viewport: { width: 1280, height: 800 } },
];

const WORD = "developpeur";
const found = () =>
  openPostings().filter((p) => postingSearchColumns({ ...p, organisation: p.organisation! }).searchText.includes(` ${WORD}`)).length;
const titleOf = (n: number) => `${n === 1 ? "1 offre" : `${n} offres`} : « ${WORD} » – Rejoindre`;
const countLine = (n: number) => (n === 1 ? "1 offre correspond à votre recherche" : `${n} offres correspondent à votre recherche`);

async function search(page: Page) {
  await page.goto("/");
  await page.getByLabel("Mots-clés").fill(WORD);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/[?&]q=developpeur.*#resultats$/);
}

for (const { name, viewport } of SCREENS) {
  test.describe(`sur un ${name}`, () => {
    test.use({ viewport });

    test("après « Rechercher », la page s'ouvre sur le nombre d'offres, que le titre et une annonce donnent aussi", async ({ page }) => {
      const n = found();
      expect(n).toBeGreaterThan(1);
      await search(page);
      const count = page.locator("#resultats");
      await expect(count).toHaveText(countLine(n));
      await expect(page).toHaveTitle(titleOf(n));
      // The count is at the top of the view, and reading (and Tab) goes on from there.
      await expect(count).toBeFocused();
      await expect(count).toBeInViewport();
      const box = (await count.boundingBox())!;
      expect(box.y).toBeGreaterThan(0);
      expect(box.y).toBeLessThan(100);
      // The first card starts in the view, not a screen below.
      const firstCard = page.getByRole("main").getByRole("heading", { level: 2 }).first();
      await expect(firstCard).toBeInViewport();
      await expect(page.getByRole("status").filter({ hasText: countLine(n) })).toHaveCount(1);
      await page.screenshot({ path: `/tmp/editor-search-${viewport.width}.png` });

      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
    });

    test("sans JavaScript, la recherche mène au nombre d'offres, et un lien d'évitement y mène juste après « Contenu »", async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport });
      const page = await context.newPage();
      const n = found();
      await search(page);
      await expect(page).toHaveTitle(titleOf(n));
      const box = (await page.locator("#resultats").boundingBox())!;
      expect(box.y).toBeLessThan(100);
      expect(box.y).toBeGreaterThan(0);

      await page.goto(page.url().replace(/#.*$/, ""));
      await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Contenu" })).toBeFocused();
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Résultats", exact: true });
      await expect(skip).toBeFocused();
      await expect(skip).toHaveAttribute("href", "#resultats");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/#resultats$/);
      await expect(page.locator("#resultats")).toBeInViewport();
      await context.close();
    });
  });
}

test("une autre page que les listes n'a pas de lien vers des résultats", async ({ page }) => {
  await page.goto("/accessibilite");
  await expect(page.getByRole("link", { name: "Contenu" })).toHaveCount(1);
  await expect(page.getByRole("link", { name: "Résultats", exact: true })).toHaveCount(0);
});

import { expect, test, type Page } from "./fixtures";
import { contractLabel } from "../lib/postings/labels";
import { postingSearchColumns } from "../lib/postings/search/text";
import { closedPosting, demoPostings, filledPosting, openPostings, type DemoPosting } from "./demo-postings";

/** What the search should find among the demo postings: the implementation's normaliser, the page's wiring. */
function matching(word: string, keep: (p: DemoPosting) => boolean) {
  return openPostings().filter(
    (p) => keep(p) && postingSearchColumns({ ...p, organisation: p.organisation! }).searchText.includes(` ${word}`),
  );
}

// On a list of results, the only second-level headings in the main content are the cards' titles.
const cardTitles = (page: Page) => page.getByRole("main").getByRole("heading", { level: 2 });

test("filtrer par contrat et chercher un mot sans accent, puis rouvrir l'adresse sans JavaScript", async ({ page, browser }) => {
  const expected = matching("developpeur", (p) => p.contractType === "FREELANCE");
  expect(expected.map((p) => p.slug)).toContain("developpeuse-full-stack-toit-commun");

  await page.goto("/");
  await page.getByLabel("Type de contrat").selectOption({ label: contractLabel("FREELANCE")! });
  await page.getByLabel("Mots-clés").fill("developpeur");
  await page.getByRole("button", { name: "Rechercher" }).click();

  await expect(page).toHaveURL(/[?&]contrat=freelance/);
  await expect(page).toHaveURL(/[?&]q=developpeur/);
  const count =
    expected.length === 1 ? "1 offre correspond à votre recherche" : `${expected.length} offres correspondent à votre recherche`;
  // The line the search lands on (a status region repeats it for screen readers).
  await expect(page.locator("#resultats")).toHaveText(count);
  await expect(cardTitles(page)).toHaveText(expected.map((p) => p.title));

  // The address is the search: a visitor without JavaScript who opens it sees the same results.
  const shared = page.url();
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL: undefined });
  const other = await noScript.newPage();
  await other.goto(shared);
  await expect(other.getByText(count)).toBeVisible();
  await expect(cardTitles(other)).toHaveText(expected.map((p) => p.title));
  await expect(other.getByLabel("Mots-clés")).toHaveValue("developpeur");
  await expect(other.getByLabel("Type de contrat")).toHaveValue("freelance");
  await noScript.close();
});

test("sans JavaScript, le formulaire envoie la recherche dans l'adresse", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByLabel("Mots-clés").fill("DÉVELOPPEUSE");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=D%C3%89VELOPPEUSE/);
  const expected = matching("developpeuse", () => true);
  expect(expected.length).toBeGreaterThan(0);
  await expect(cardTitles(page)).toHaveText(expected.map((p) => p.title));
  await context.close();
});

test("une recherche sans résultat dit quoi essayer et mène aux offres clôturées", async ({ page }) => {
  await page.goto("/?q=zzyzx+introuvable");
  await expect(page.getByRole("heading", { level: 2, name: "Aucune offre ne correspond à votre recherche" })).toBeVisible();
  await page.getByRole("link", { name: "Voir toutes les offres ouvertes" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByText(`${openPostings().length} offres ouvertes`)).toBeVisible();
});

test("les offres clôturées et pourvues ont leur page, où l'on peut aussi chercher", async ({ page }) => {
  const archived = demoPostings().filter((p) => p.public && !p.open);
  await page.goto("/");
  await page.getByRole("link", { name: "Offres clôturées et pourvues" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Offres clôturées et pourvues" })).toBeVisible();
  await expect(cardTitles(page)).toHaveCount(archived.length);
  expect(await cardTitles(page).allTextContents()).toEqual(expect.arrayContaining([closedPosting().title, filledPosting().title]));

  await page.getByLabel("Mots-clés").fill(filledPosting().title.split(" ").at(-1)!);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/archives\?/);
  await expect(cardTitles(page).first()).toHaveText(filledPosting().title);
});

test("un filtre inconnu dans l'adresse donne 404, pas une liste trompeuse", async ({ page }) => {
  expect((await page.goto("/?contrat=cdx"))?.status()).toBe(404);
});

test("depuis une offre, on retrouve toutes les offres ouvertes de son organisation", async ({ page }) => {
  const posting = openPostings().find((p) => p.organisation?.parent)!;
  const sameOrganisation = openPostings().filter((p) => p.organisation!.name === posting.organisation!.name);
  await page.goto(`/offres/${posting.slug}`);
  await page.getByRole("link", { name: `Toutes les offres de ${posting.organisation!.name}` }).click();
  await expect(page).toHaveURL(/\?organisation=/);
  await expect(page.getByLabel("Organisation", { exact: true })).toHaveValue(new URL(page.url()).searchParams.get("organisation")!);
  await expect(cardTitles(page)).toHaveText(sameOrganisation.map((p) => p.title));
});

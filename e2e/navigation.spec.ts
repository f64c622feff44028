import { expect, test } from "./fixtures";

test("la pagination mène à la page suivante, ou n'apparaît pas s'il n'y en a qu'une", async ({ page }) => {
  await page.goto("/");
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  if ((await pagination.count()) === 0) {
    // One page only: nothing to follow, and a second page does not exist.
    expect((await page.goto("/?page=2"))?.status()).toBe(404);
    return;
  }
  const firstOnPageOne = await page.locator("main h2 a").first().textContent();
  await pagination.getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL("/?page=2");
  await expect(page.getByText(/page 2 sur \d+/)).toBeVisible();
  await expect(page.locator("main h2 a").first()).not.toHaveText(firstOnPageOne ?? "");
});

test("une page au-delà de la dernière donne 404, titrée comme telle", async ({ page }) => {
  for (const path of ["/?page=9999", "/liste/9999", "/?page=abc"]) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page non trouvée/);
  }
});

for (const [link, heading] of [
  ["Accessibilité : non conforme", "Déclaration d'accessibilité"],
  ["Mentions légales", "Mentions légales"],
  ["Données personnelles", "Données personnelles"],
] as const) {
  test(`le pied de page mène à « ${heading} »`, async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  });
}

test("les liens d'évitement mènent au contenu", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Contenu" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});

test("les paramètres d'affichage du pied de page passent le site en thème sombre", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("button", { name: "Paramètres d'affichage" }).click();
  const dialog = page.getByRole("dialog", { name: "Paramètres d'affichage" });
  await dialog.getByText("Thème sombre").click();
  await expect(page.locator("html")).toHaveAttribute("data-fr-theme", "dark");
});

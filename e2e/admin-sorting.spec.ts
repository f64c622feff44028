import { expect, type Page, test } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";

/** The offers' titles, top to bottom: the first link of each row (its applications' count follows). */
const titles = (page: Page) => page.locator("table tbody tr td:first-child > a:first-of-type").allInnerTexts();

// A byte order (SQLite's) gives Designer, Zèbre, analyste, Économiste.
const FRENCH_ORDER = ["analyste produit", "Designer de services", "Économiste de la donnée", "Zèbre des données"];

for (const width of [1280, 390]) {
  test(`à ${width} px, les offres se trient par intitulé en ordre français, dans les deux sens, filtres gardés`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    const organisation = await createOrganisation(testInfo, "Équipe du tri");
    for (const title of ["Zèbre des données", "analyste produit", "Économiste de la donnée", "Designer de services"]) {
      await createDraft(testInfo, organisation.id, title);
    }
    await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
    await page.goto(`/admin/offres?organisation=${organisation.id}`);

    const title = page.getByRole("link", { name: /^Intitulé/ });
    await expect(title).toBeVisible();
    await title.click();
    await expect(page).toHaveURL(/tri=intitule/);
    await expect(page).toHaveURL(new RegExp(`organisation=${organisation.id}`));
    expect(await titles(page)).toEqual(FRENCH_ORDER);
    await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "ascending");

    await page.getByRole("link", { name: /^Intitulé/ }).click();
    await expect(page).toHaveURL(/tri=-intitule/);
    expect(await titles(page)).toEqual([...FRENCH_ORDER].reverse());
    await expect(page.locator("th[aria-sort]")).toHaveAttribute("aria-sort", "descending");

    // Filtering again keeps the order.
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/tri=-intitule/);
    expect(await titles(page)).toEqual([...FRENCH_ORDER].reverse());
    await page.screenshot({ path: testInfo.outputPath(`offres-${width}.png`), fullPage: true });
  });
}

test("les comptes se trient par nom, en ordre français, et les organisations à choisir sont groupées par incubateur", async ({
  page,
}, testInfo) => {
  const incubator = await createOrganisation(testInfo, "Incubateur du tri");
  const startupZ = await createOrganisation(testInfo, "Trajectoire du tri", { incubatorId: incubator.id });
  const startupE = await createOrganisation(testInfo, "Équipe produit du tri", { incubatorId: incubator.id });
  const team = await createOrganisation(testInfo, "Atelier du tri");
  const manager = await createAccount(testInfo, "manager", [incubator.id, startupZ.id, startupE.id, team.id], { name: "Zoé Manager" });
  for (const name of ["Émile Ardent", "bruno Coste", "Alice Martin"]) await createAccount(testInfo, "recruiter", [startupE.id], { name });
  await signIn(page, manager);
  await page.goto("/admin/utilisateurs");
  await page.getByRole("link", { name: /^Nom et adresse/ }).click();
  await expect(page).toHaveURL(/tri=nom/);
  const names = (await page.locator("table").first().locator("tbody tr td:nth-child(1) a").allInnerTexts()).map((n) => n.trim());
  expect(names).toEqual(["Alice Martin", "bruno Coste", "Émile Ardent", "Zoé Manager"]);

  // The invitation's choice: the incubator's group, the incubator first, then its start-ups from
  // A to Z; the organisation that belongs to none under "Autres organisations".
  const groups = page.locator("select[name='organisation-0'] optgroup");
  await expect(groups).toHaveCount(2);
  await expect(groups.first()).toHaveAttribute("label", incubator.name);
  expect(await groups.first().locator("option").allInnerTexts()).toEqual([incubator.name, startupE.name, startupZ.name]);
  await expect(groups.last()).toHaveAttribute("label", "Autres organisations");
  expect(await groups.last().locator("option").allInnerTexts()).toEqual([team.name]);
  await page.screenshot({ path: testInfo.outputPath("utilisateurs.png"), fullPage: true });
});

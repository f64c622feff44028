import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";
import { tabToElement } from "./keyboard";

// A text input with suggestions (a datalist) is a combobox.
const communes = (page: Page) => page.getByRole("combobox", { name: /^Communes/ });
const ambiguous = /Plusieurs communes s'appellent Saint-Denis : précisez le département, par exemple « Saint-Denis \((93|974)\) »/;

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Saves the form from the keyboard, as the recruiter would. */
async function saveWithKeyboard(page: Page) {
  await tabToElement(page, page.getByRole("button", { name: "Enregistrer les modifications" }));
  await page.keyboard.press("Enter");
}

test("une recruteuse tape une commune au clavier, choisit la suggestion, publie, et une candidate trouve l'offre en cherchant sa région", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const organisation = await createOrganisation(testInfo);
  const title = `Développeuse à Rennes ${organisation.name}`;
  const draft = await createDraft(testInfo, organisation.id, title);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]), `/admin/offres/${draft.id}`);
  await expect(page.locator("html[data-fr-js='true']")).toHaveCount(1);

  // A name that several communes bear is refused next to the field, and nothing is saved.
  await communes(page).focus();
  await page.keyboard.type("Saint-Denis");
  await saveWithKeyboard(page);
  // Next to the field, and read with it.
  await expect(communes(page)).toHaveAccessibleDescription(ambiguous);
  await expectNoViolation(page);

  // The suggestions come from the official list as she types.
  await communes(page).focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Renn");
  await expect(page.locator("#champ-places-suggestions option").first()).toHaveAttribute("value", "Rennes (35)");
  await page.keyboard.type("es (35)");
  await saveWithKeyboard(page);
  await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
  await expect(communes(page)).toHaveValue("Rennes (35)");

  await tabToElement(page, page.getByRole("button", { name: "Publier maintenant" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Offre publiée : elle est en ligne.")).toBeVisible();

  // A candidate, signed out, searches by the région.
  const candidate = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL })).newPage();
  await candidate.goto("/");
  await candidate.getByLabel("Lieu").fill("Bretagne");
  await candidate.getByRole("button", { name: "Rechercher" }).click();
  await expect(candidate).toHaveURL(/[?&]lieu=Bretagne/);
  const card = candidate.getByRole("main").getByRole("link", { name: title });
  await expect(card).toBeVisible();
  await card.click();
  await expect(candidate.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(candidate.getByText("Rennes", { exact: true })).toBeVisible();
  const jsonLd = JSON.parse((await candidate.locator('script[type="application/ld+json"]').first().textContent()) ?? "{}");
  expect(jsonLd.jobLocation).toMatchObject({ address: { addressLocality: "Rennes", postalCode: "35000", addressRegion: "Bretagne" } });
});

test("sans JavaScript, une commune ambiguë est signalée à côté du champ, puis le département la précise", async ({
  page,
  browser,
}, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre sans script ${organisation.name}`);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);
  const noScript = await signInThenDisableJavaScript(page, browser, account, testInfo);
  await noScript.goto(`/admin/offres/${draft.id}`);

  await communes(noScript).fill("Saint-Denis");
  await noScript.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(communes(noScript)).toHaveAccessibleDescription(ambiguous);
  await expect(communes(noScript)).toHaveValue("Saint-Denis");

  await communes(noScript).fill("Saint-Denis (93)");
  await noScript.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(noScript.getByText("Modifications enregistrées.")).toBeVisible();
  await expect(communes(noScript)).toHaveValue("Saint-Denis (93)");
});

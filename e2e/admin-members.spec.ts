// A manager runs the members of their organisation: changes a role there, with the keyboard and
// without JavaScript, and never reaches a person of another organisation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

test("une gestionnaire change au clavier le rôle d'un membre de son organisation", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const manager = await createAccount(testInfo, "manager", [organisation.id]);
  const colleague = await createAccount(testInfo, "reader", [organisation.id]);
  await signIn(page, manager, "/admin/utilisateurs");
  await expect(page.getByRole("heading", { level: 1, name: "Utilisateurs" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Créer un compte" })).toHaveCount(0);
  await expectNoViolation(page);

  // Only the people of the manager's organisation are listed: the manager and the colleague.
  await expect(page.getByRole("table").locator("tbody").getByRole("link")).toHaveCount(2);
  await page.getByRole("link", { name: "reader e2e" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/admin/utilisateurs/${colleague.id}$`));
  await expect(page.getByRole("heading", { level: 1, name: "reader e2e" })).toBeVisible();
  await expectNoViolation(page);

  const role = page.getByRole("combobox", { name: `Rôle dans ${organisation.name}` });
  await role.focus();
  await role.selectOption({ label: "recruteur" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: `Enregistrer le rôle dans ${organisation.name}` })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Rôle enregistré.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: `Rôle dans ${organisation.name}` })).toHaveValue("RECRUITER");
  await expectNoViolation(page);

  // The manager's own page offers nothing to raise their own rights.
  await page.goto(`/admin/utilisateurs/${manager.id}`);
  await expect(page.getByRole("combobox", { name: `Rôle dans ${organisation.name}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Désactiver le compte/ })).toHaveCount(0);
});

test("sans JavaScript, la gestionnaire retire un membre de son organisation", async ({ page, browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const manager = await createAccount(testInfo, "manager", [organisation.id]);
  const colleague = await createAccount(testInfo, "recruiter", [organisation.id]);
  const plain = await signInThenDisableJavaScript(page, browser, manager, testInfo);
  await plain.goto(`/admin/utilisateurs/${colleague.id}`);
  await plain.getByRole("combobox", { name: `Rôle dans ${organisation.name}` }).selectOption({ label: "gestionnaire" });
  await plain.getByRole("button", { name: `Enregistrer le rôle dans ${organisation.name}` }).click();
  await expect(plain.getByText("Rôle enregistré.")).toBeVisible();
  await plain.getByRole("button", { name: `Retirer de ${organisation.name}` }).click();
  // The person is no longer one of the manager's: back to the list, which says so, and their
  // page is now that of an unknown id.
  await expect(plain.getByText(/Retiré de l'organisation : cette personne n'est plus membre/)).toBeVisible();
  await expect(plain.getByText(colleague.email)).toHaveCount(0);
  expect((await plain.goto(`/admin/utilisateurs/${colleague.id}`))?.status()).toBe(404);
});

test("une gestionnaire ne voit pas une personne d'une autre organisation", async ({ page }, testInfo) => {
  const mine = await createOrganisation(testInfo);
  const theirs = await createOrganisation(testInfo, "Autre équipe");
  const manager = await createAccount(testInfo, "manager", [mine.id]);
  const stranger = await createAccount(testInfo, "recruiter", [theirs.id]);
  await signIn(page, manager, "/admin/utilisateurs");
  await expect(page.getByText(stranger.email)).toHaveCount(0);
  const foreign = await page.goto(`/admin/utilisateurs/${stranger.id}`);
  const foreignTitle = await page.getByRole("heading", { level: 1 }).textContent();
  const unknown = await page.goto("/admin/utilisateurs/inconnu");
  expect(foreign?.status()).toBe(404);
  expect(unknown?.status()).toBe(404);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(foreignTitle);
  await expect(page.getByText(stranger.email)).toHaveCount(0);
});

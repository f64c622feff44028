import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "./fixtures";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { waitForMail } from "./mailbox";

const NEW_PASSWORD = "hibou lanterne escalier 93 prune";
const SAME_ANSWER = /Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé/;

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

async function askForLink(page: Page, email: string) {
  await page.goto("/admin/connexion");
  await page.getByRole("link", { name: "Mot de passe oublié ?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mot de passe oublié" })).toBeVisible();
  await page.getByLabel("Adresse électronique de votre compte").fill(email);
  await page.getByLabel("Adresse électronique de votre compte").press("Enter");
  await expect(page.getByText(SAME_ANSWER)).toBeVisible();
}

test("mot de passe oublié, de bout en bout : la même réponse pour toute adresse, un lien par courriel, qui ne sert qu'une fois", async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const account = await createAccount(testInfo, "recruiter", [(await createOrganisation(testInfo)).id]);

  await askForLink(page, `personne-${Date.now()}@e2e.gouv.fr`);
  await expectNoViolation(page);
  await askForLink(page, account.email);
  const [, link] = await waitForMail(account.email, /(http:\/\/\S+\/admin\/mot-de-passe\/[A-Za-z0-9_-]{43})/);

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Choisir un nouveau mot de passe" })).toBeVisible();
  await expectNoViolation(page);
  await page.getByLabel(/^Nouveau mot de passe/).fill("azertyuiop123");
  await page.getByLabel("Confirmation du nouveau mot de passe").fill("azertyuiop123");
  await page.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(page.getByLabel(/^Nouveau mot de passe/)).toHaveAccessibleDescription(/trop facile à deviner/);

  await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(NEW_PASSWORD);
  await page.getByLabel("Confirmation du nouveau mot de passe").press("Enter");
  await expect(page.getByText("Votre mot de passe est changé : connectez-vous avec lui.")).toBeVisible();

  // The link has served: it says so, and offers a new one.
  await page.goto(link!);
  await expect(page.getByText(/Ce lien a déjà servi/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Demander un nouveau lien" })).toBeVisible();
  // A truncated one is not valid either.
  await page.goto(link!.slice(0, -3));
  await expect(page.getByText(/Ce lien n'est pas valable/)).toBeVisible();

  await signIn(page, { email: account.email, password: NEW_PASSWORD });
});

// ProConnect sign-in, end to end, against a real OpenID Connect provider (e2e/oidc-provider.ts).
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createOrganisation } from "./accounts";

async function signInWithProConnect(page: Page, login: string) {
  await page.goto("/admin/connexion");
  await page.getByRole("button", { name: /ProConnect/ }).click();
  // The provider's own pages: its login form, then its consent screen.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("peu importe");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("un agent dont le compte existe se connecte avec ProConnect", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);
  await signInWithProConnect(page, account.email);
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await page.goto("/admin/offres");
  await expect(page.getByRole("heading", { level: 1, name: "Offres" })).toBeVisible();
});

test("une identité ProConnect sans compte Rejoindre est refusée", async ({ page }) => {
  await signInWithProConnect(page, `inconnue-${Date.now()}@e2e.gouv.fr`);
  await expect(page).toHaveURL(/\/admin\/connexion/);
  await expect(page.getByText("Aucun compte actif ne correspond à cette identité ProConnect.")).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))).toBeUndefined();
});

import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { Secret, TOTP } from "otpauth";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { waitForMail } from "./mailbox";

const NEW_PASSWORD = "girafe tambour parapluie 47 citron";

test("une recrutrice change son mot de passe au clavier : son autre session est fermée et un courriel la prévient", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const organisation = await createOrganisation(testInfo);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);

  // A second browser, signed in first: the session the change must end.
  const elsewhere = await browser.newContext({
    userAgent:
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
  });
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, account);

  await signIn(page, account);
  await page.getByRole("link", { name: "Mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  const sessions = page.getByRole("table", { name: /2 sessions ouvertes/ });
  await expect(sessions).toBeVisible();
  await expect(sessions.getByRole("row").filter({ hasText: "Cette session" })).toHaveCount(1);
  await expect(sessions.getByRole("row").filter({ hasText: /Safari 17 sur iOS \(mobile\)/ })).toHaveCount(1);

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);

  // A wrong current password: refused next to its field, nothing else changes.
  const current = page.getByLabel("Mot de passe actuel");
  await current.focus();
  await page.keyboard.type("pas le bon mot de passe");
  await page.keyboard.press("Tab");
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press("Tab");
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Mot de passe actuel")).toHaveAccessibleDescription(/Le mot de passe actuel est incorrect/);
  await expect(page.getByLabel("Mot de passe actuel")).toHaveValue("");

  // A password built on the person's address: refused next to the new password.
  await page.getByLabel("Mot de passe actuel").fill(account.password);
  await page.getByLabel(/^Nouveau mot de passe/).fill(`${account.email.split("@")[0]}-2026-soleil`);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(`${account.email.split("@")[0]}-2026-soleil`);
  await page.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByLabel(/^Nouveau mot de passe/)).toHaveAccessibleDescription(
    /Le mot de passe ne doit pas reprendre votre nom ni votre adresse électronique\./,
  );

  await page.getByLabel("Mot de passe actuel").fill(account.password);
  await page.getByLabel(/^Nouveau mot de passe/).fill(NEW_PASSWORD);
  await page.getByLabel("Confirmation du nouveau mot de passe").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Changer le mot de passe" }).press("Enter");
  await expect(page.getByText("Mot de passe changé. Votre autre session a été fermée.")).toBeVisible();
  await expect(page.getByRole("table", { name: "1 session ouverte" })).toBeVisible();

  // The other browser is signed out; the notice reaches the person.
  await otherPage.goto("/admin/offres");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await waitForMail(account.email, /Le mot de passe de votre compte .+ a été changé le/);
  await elsewhere.close();

  // The old password no longer opens the account; the new one does.
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(account.email);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill(account.password);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  await signIn(page, { email: account.email, password: NEW_PASSWORD });
});

test("une personne ferme une de ses autres sessions depuis sa page de compte", async ({ browser, page }, testInfo) => {
  const account = await createAccount(testInfo, "reader", [(await createOrganisation(testInfo)).id]);
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, account);
  await signIn(page, account, "/admin/compte");
  const other = page
    .getByRole("row")
    .filter({ hasNotText: "Cette session" })
    .filter({ has: page.getByRole("button", { name: /^Fermer la session/ }) });
  await other.getByRole("button", { name: /^Fermer la session/ }).click();
  await expect(page.getByText("Session fermée.")).toBeVisible();
  await expect(page.getByRole("table", { name: "1 session ouverte" })).toBeVisible();
  await otherPage.goto("/admin");
  await expect(otherPage.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await elsewhere.close();
});

/** The code an authenticator app shows for this secret (as typed from the page) right now. */
const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")), digits: 6, period: 30 }).generate();

test("un lecteur active la double authentification, puis se connecte avec un code, qui ne sert qu'une fois, ou un code de secours", async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const account = await createAccount(testInfo, "reader", [(await createOrganisation(testInfo)).id]);
  await signIn(page, account, "/admin/compte");
  await page.getByRole("link", { name: "Configurer la double authentification" }).click();
  await page.getByRole("button", { name: "Commencer la configuration" }).click();
  await expect(page.getByRole("img", { name: /QR code à scanner/ })).toBeVisible();
  const secret = (await page.getByTestId("cle-totp").textContent()) ?? "";
  expect(secret.replace(/\s/g, "")).toMatch(/^[A-Z2-7]{32}$/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);

  await page.getByLabel(/^Code à 6 chiffres/).fill("000000" === codeFor(secret) ? "111111" : "000000");
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(page.getByLabel(/^Code à 6 chiffres/)).toHaveAccessibleDescription(/Ce code n'est pas valable/);
  await page.getByLabel(/^Code à 6 chiffres/).fill(codeFor(secret));
  await page.getByLabel(/^Code à 6 chiffres/).press("Enter");
  await expect(page.getByTestId("codes-de-secours").getByRole("listitem")).toHaveCount(10);
  const codes = await page.getByTestId("codes-de-secours").getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);
  await page.getByRole("link", { name: /revenir à mon compte/ }).click();
  await expect(page.getByText(/Codes de secours encore valables : 10 sur 10/)).toBeVisible();

  const signInWithPassword = async () => {
    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
    await page.getByRole("textbox", { name: "Adresse électronique" }).fill(account.email);
    await page.getByRole("textbox", { name: "Mot de passe" }).fill(account.password);
    await page.keyboard.press("Enter");
    await page.getByLabel(/^Code de double authentification/).focus();
  };

  // The code of the moment opens the session; typed again, within its window, it is refused.
  // Enrolment took this step's code: wait for the next one.
  await signInWithPassword();
  const enrolled = codeFor(secret);
  await expect.poll(() => codeFor(secret), { timeout: 35_000, intervals: [1000] }).not.toBe(enrolled);
  const code = codeFor(secret);
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Connecté·e :")).toBeVisible();

  await signInWithPassword();
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Ce code n'est pas valable/)).toBeVisible();

  // A recovery code opens it, once.
  await page.getByLabel(/^Code de double authentification/).fill(codes[0]!);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  await page.goto("/admin/compte");
  await expect(page.getByText(/Codes de secours encore valables : 9 sur 10/)).toBeVisible();
});

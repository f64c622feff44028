// Invitations, end to end on the SMTP test server: nobody but the invitee ever sees their password.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "./fixtures";
import { Secret, TOTP } from "otpauth";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { expireInvitation } from "./invitations";
import { waitForMail } from "./mailbox";

const CHOSEN = "lanterne hibou escalier 58 prune";
const CHANGED = "girafe tambour parapluie 47 citron";
const INVITATION_LINK = /(http:\/\/\S+\/admin\/invitation\/[A-Za-z0-9_-]{43})/;

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Fills the invitation form of the users page: one organisation, one role. */
async function invite(page: Page, who: { email: string; name: string }, organisation: string, role: string) {
  await page.goto("/admin/utilisateurs");
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Envoyer l'invitation", exact: true }) });
  await form.getByRole("textbox", { name: /^Adresse électronique/ }).fill(who.email);
  await form.getByRole("textbox", { name: "Nom" }).fill(who.name);
  await form.getByRole("combobox", { name: "Organisation 1", exact: true }).selectOption({ label: organisation });
  await form.getByRole("combobox", { name: "Rôle dans l'organisation 1" }).selectOption({ label: role });
  await form.getByRole("button", { name: "Envoyer l'invitation", exact: true }).click();
}

const codeFor = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret.replace(/\s/g, "")), digits: 6, period: 30 }).generate();

async function signInWithCode(page: Page, email: string, password: string, secret: string, used: Set<string>) {
  await page.goto("/admin/connexion");
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(email);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill(password);
  await page.keyboard.press("Enter");
  await page.getByLabel(/^Code de double authentification/).focus();
  // A code already taken is refused within its window: wait for the next one.
  await expect.poll(() => used.has(codeFor(secret)), { timeout: 35_000, intervals: [1000] }).toBe(false);
  const code = codeFor(secret);
  used.add(code);
  await page.keyboard.type(code);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Connecté·e :")).toBeVisible();
}

test("une gestionnaire invite une collègue, qui choisit son mot de passe, active la double authentification, se reconnecte avec un code et change son mot de passe : son autre session est fermée", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const team = await createOrganisation(testInfo, "Équipe invitante");
  const other = await createOrganisation(testInfo, "Équipe voisine");
  const manager = await createAccount(testInfo, "manager", [team.id]);
  const colleague = { email: `collegue-${Date.now()}@e2e.gouv.fr`, name: "Dominique Invitée" };

  // The manager may invite into their organisation only: the other one is not offered.
  await signIn(page, manager);
  await page.getByRole("link", { name: "Utilisateurs" }).click();
  const organisations = page.getByRole("combobox", { name: "Organisation 1", exact: true });
  await expect(organisations.getByRole("option", { name: team.name })).toHaveCount(1);
  await expect(organisations.getByRole("option", { name: other.name })).toHaveCount(0);
  await expect(page.getByText("Administrateur ou administratrice du portail")).toHaveCount(0);
  await invite(page, { email: "pas-une-adresse", name: colleague.name }, team.name, "recruteur");
  await expect(page.getByRole("textbox", { name: /^Adresse électronique/ })).toHaveAccessibleDescription(/Adresse électronique invalide/);
  await invite(page, colleague, team.name, "recruteur");
  await expect(page.getByText(`Invitation envoyée à ${colleague.email}.`)).toBeVisible();
  const pending = page.getByRole("table", { name: /invitation en attente/ });
  await expect(pending.getByRole("row").filter({ hasText: colleague.email })).toContainText(`${team.name} (recruteur)`);
  await expectNoViolation(page);

  // The invitee follows the mail's link and chooses a password, with the keyboard.
  const [, link] = await waitForMail(colleague.email, INVITATION_LINK);
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link!);
  await expect(inviteePage.getByRole("heading", { level: 1, name: "Activer votre compte" })).toBeVisible();
  await expectNoViolation(inviteePage);
  await inviteePage.getByLabel(/^Nouveau mot de passe/).focus();
  await inviteePage.keyboard.type("dominique-invitee-2026");
  await inviteePage.keyboard.press("Tab");
  await inviteePage.keyboard.type("dominique-invitee-2026");
  await inviteePage.keyboard.press("Enter");
  await expect(inviteePage.getByLabel(/^Nouveau mot de passe/)).toHaveAccessibleDescription(/ne doit pas reprendre votre nom/);
  await inviteePage.getByLabel(/^Nouveau mot de passe/).fill(CHOSEN);
  await inviteePage.getByLabel("Confirmation du nouveau mot de passe").fill(CHOSEN);
  await inviteePage.getByLabel("Confirmation du nouveau mot de passe").press("Enter");
  await expect(inviteePage.getByText("Votre compte est activé")).toBeVisible();
  await inviteePage.goto(link!);
  await expect(inviteePage.getByText(/Cette invitation a déjà servi/)).toBeVisible();

  // The manager's list no longer shows it pending; the colleague is a member.
  await page.reload();
  await expect(page.getByText("Aucune invitation en attente.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: colleague.email })).toContainText(`${team.name} (recruteur)`);

  // A second browser of the colleague's: the session the password change must end.
  const elsewhere = await browser.newContext();
  const elsewherePage = await elsewhere.newPage();
  await signIn(elsewherePage, { email: colleague.email, password: CHOSEN });

  // She enrols an authenticator app, signs out, and signs in again with a code.
  await signIn(inviteePage, { email: colleague.email, password: CHOSEN }, "/admin/compte/double-authentification");
  await inviteePage.getByRole("button", { name: "Commencer la configuration" }).click();
  const secret = (await inviteePage.getByTestId("cle-totp").textContent()) ?? "";
  const used = new Set([codeFor(secret)]);
  await inviteePage.getByLabel(/^Code à 6 chiffres/).fill(codeFor(secret));
  await inviteePage.getByLabel(/^Code à 6 chiffres/).press("Enter");
  await expect(inviteePage.getByTestId("codes-de-secours").getByRole("listitem")).toHaveCount(10);
  await inviteePage.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(inviteePage.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await signInWithCode(inviteePage, colleague.email, CHOSEN, secret, used);

  // She changes her password: the other browser is signed out.
  await inviteePage.goto("/admin/compte");
  await inviteePage.getByLabel("Mot de passe actuel").fill(CHOSEN);
  await inviteePage.getByLabel(/^Nouveau mot de passe/).fill(CHANGED);
  await inviteePage.getByLabel("Confirmation du nouveau mot de passe").fill(CHANGED);
  await inviteePage.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(
    inviteePage.getByText(/Mot de passe changé\. (Votre autre session a été fermée|Vos \d+ autres sessions ont été fermées)\./),
  ).toBeVisible();
  await elsewherePage.goto("/admin/offres");
  await expect(elsewherePage.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await invitee.close();
  await elsewhere.close();
});

test("un lien d'invitation expiré le dit, et en envoie un nouveau à l'adresse invitée ; une invitation révoquée ne vaut plus", async ({
  browser,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const team = await createOrganisation(testInfo, "Équipe invitante");
  const admin = await createAccount(testInfo, "admin");
  const late = { email: `tardive-${Date.now()}@e2e.gouv.fr`, name: "Claude Tardive" };
  const revoked = { email: `revoquee-${Date.now()}@e2e.gouv.fr`, name: "Alix Révoquée" };
  await signIn(page, admin);
  await invite(page, late, team.name, "lecteur");
  await expect(page.getByText(`Invitation envoyée à ${late.email}.`)).toBeVisible();
  await invite(page, revoked, team.name, "gestionnaire");
  await expect(page.getByText(`Invitation envoyée à ${revoked.email}.`)).toBeVisible();
  const [, lateLink] = await waitForMail(late.email, INVITATION_LINK);
  const [, revokedLink] = await waitForMail(revoked.email, INVITATION_LINK);

  // axe runs as a script in the page: the expired link's page, in a browser with JavaScript.
  await expireInvitation(testInfo, late.email);
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(lateLink!);
  await expect(invitee.getByText(/Cette invitation a expiré/)).toBeVisible();
  await expectNoViolation(invitee);
  // Without JavaScript, as the invitee's mail client might open it, the renewal says what it did.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const plainPage = await plain.newPage();
  await plainPage.goto(lateLink!);
  await expect(plainPage.getByText(/Cette invitation a expiré/)).toBeVisible();
  await plainPage.getByRole("button", { name: "Recevoir une nouvelle invitation" }).click();
  await expect(plainPage.getByRole("heading", { level: 1, name: "Nouvelle invitation demandée" })).toBeVisible();
  await expect(plainPage.getByText(/un nouveau lien vient d'être envoyé à l'adresse invitée/)).toBeVisible();
  expect(new URL(plainPage.url()).pathname).toBe("/admin/invitation/nouveau-lien");
  await plain.close();
  const [, renewed] = await waitForMail(late.email, /nouveau lien demandé[\s\S]*(http:\/\/\S+\/admin\/invitation\/[A-Za-z0-9_-]{43})/);
  expect(renewed).not.toBe(lateLink);
  await invitee.goto(renewed!);
  await expect(invitee.getByRole("heading", { level: 1, name: "Activer votre compte" })).toBeVisible();
  await expect(invitee.getByLabel(/^Nouveau mot de passe/)).toBeVisible();
  await invitee.goto("/admin/invitation/nouveau-lien");
  await expectNoViolation(invitee);
  await inviteeContext.close();

  // The admin revokes the other invitation: its link is worth nothing.
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: revoked.email });
  await row.getByRole("button", { name: /^Révoquer/ }).click();
  await expect(page.getByText("Invitation révoquée : son lien ne fonctionne plus.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: revoked.email })).toHaveCount(0);
  await page.goto(revokedLink!);
  await expect(page.getByText(/Cette invitation n'est pas valable/)).toBeVisible();
});

test("un recruteur ne peut inviter personne : la page des utilisateurs n'existe pas pour lui", async ({ page }, testInfo) => {
  const recruiter = await createAccount(testInfo, "recruiter", [(await createOrganisation(testInfo)).id]);
  await signIn(page, recruiter);
  await expect(page.getByRole("link", { name: "Utilisateurs" })).toHaveCount(0);
  const response = await page.goto("/admin/utilisateurs");
  expect(response?.status()).toBe(404);
});

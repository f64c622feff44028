// ProConnect sign-in, end to end, against a real OpenID Connect provider (e2e/oidc-provider.ts):
// its login prefixes choose what the ID token says (nonverifie+ : email_verified false; mfa+ :
// a two-factor acr). The rules: docs/decisions/0028-proconnect-linking-and-assurance.md.
import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, test, type Page, type TestInfo } from "./fixtures";
import { createAccount, createOrganisation, signIn } from "./accounts";
import { withServerDatabase } from "./database";
import { createPendingInvitation } from "./invitations";

// One message for every refusal: it never tells whether an address has an account.
const REFUSED = "Cette identité ProConnect ne permet pas de vous connecter ici.";
const SECOND_FACTOR = "Votre compte demande une double authentification, et votre connexion ProConnect n'en comportait pas.";

async function signInWithProConnect(page: Page, login: string) {
  await page.goto("/admin/connexion");
  await page.getByRole("button", { name: /ProConnect/ }).click();
  // The provider's own pages: its login form, then its consent screen.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("peu importe");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectRefused(page: Page, message: string) {
  await expect(page).toHaveURL(/\/admin\/connexion/);
  await expect(page.getByText(message)).toBeVisible();
  expect((await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"))).toBeUndefined();
}

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** A page of a browser context of its own: no session here, and none at the provider (axe needs a context too). */
async function freshPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  return context.newPage();
}

const linkOf = (testInfo: Parameters<typeof withServerDatabase>[0], id: string) =>
  withServerDatabase(testInfo, (db) => db.user.findUniqueOrThrow({ where: { id }, select: { oidcSubject: true, invitedAt: true } }));

test("un agent dont le compte existe se connecte avec ProConnect", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);
  await signInWithProConnect(page, account.email);
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await page.goto("/admin/offres");
  await expect(page.getByRole("heading", { level: 1, name: "Offres" })).toBeVisible();
});

test("une adresse que ProConnect ne dit pas vérifiée est refusée, et rien n'est relié", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const invited = await createPendingInvitation(testInfo, organisation.id);
  await signInWithProConnect(page, `nonverifie+${invited.email}`);
  await expectRefused(page, REFUSED);
  expect(await linkOf(testInfo, invited.id)).toEqual({ oidcSubject: null, invitedAt: expect.any(Date) });
});

test("une recrue invitée se connecte avec ProConnect : son invitation est acceptée, la liaison se voit sur sa fiche et un administrateur la retire au clavier", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const organisation = await createOrganisation(testInfo);
  const invited = await createPendingInvitation(testInfo, organisation.id);
  await signInWithProConnect(page, invited.email);
  await expect(page.getByText("Connecté·e :")).toBeVisible();
  await expect(page.getByText(invited.email)).toBeVisible();
  expect(await linkOf(testInfo, invited.id)).toEqual({ oidcSubject: invited.email, invitedAt: null });
  // The mailed link no longer opens anything.
  await page.goto(`/admin/invitation/${invited.token}`);
  await expect(page.getByText(/Cette invitation n'est pas valable/)).toBeVisible();

  const admin = await freshPage(browser, testInfo);
  await signIn(admin, await createAccount(testInfo, "admin"));
  await admin.goto(`/admin/utilisateurs/${invited.id}`);
  await expect(admin.getByRole("heading", { level: 2, name: "ProConnect" })).toBeVisible();
  await expect(admin.getByText(/Relié à ProConnect depuis le \d{1,2}(er)? \S+ \d{4}\./)).toBeVisible();
  await expectNoViolation(admin);
  const unlink = admin.getByRole("button", { name: /Retirer la liaison ProConnect/ });
  await unlink.focus();
  await admin.keyboard.press("Enter");
  await expect(admin.getByText(/Liaison ProConnect retirée/)).toBeVisible();
  await expect(admin.getByText(/Relié à ProConnect depuis/)).toHaveCount(0);
  await expectNoViolation(admin);
  expect((await linkOf(testInfo, invited.id)).oidcSubject).toBeNull();
  const event = await withServerDatabase(testInfo, (db) =>
    db.auditEvent.findFirstOrThrow({ where: { action: "user.proconnect_unlink", subjectId: invited.id } }),
  );
  expect(JSON.parse(String(event.changes)).avant.ProConnect).toBe(invited.email);
  await admin.context().close();
});

test("l'administrateur retire la liaison sans JavaScript", async ({ browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  await withServerDatabase(testInfo, (db) =>
    db.user.update({ where: { id: recruiter.id }, data: { oidcSubject: `sub-${recruiter.id}`, oidcLinkedAt: new Date() } }),
  );
  const withScript = await freshPage(browser, testInfo);
  await signIn(withScript, await createAccount(testInfo, "admin"));
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await withScript.context().storageState(),
    baseURL: testInfo.project.use.baseURL,
  });
  const page = await context.newPage();
  await page.goto(`/admin/utilisateurs/${recruiter.id}`);
  await page.getByRole("button", { name: /Retirer la liaison ProConnect/ }).click();
  await expect(page.getByText(/Liaison ProConnect retirée/)).toBeVisible();
  expect((await linkOf(testInfo, recruiter.id)).oidcSubject).toBeNull();
  await context.close();
  await withScript.context().close();
});

test("une identité ProConnect sans compte Rejoindre est refusée, avec le même message", async ({ page }) => {
  await signInWithProConnect(page, `inconnue-${Date.now()}@e2e.gouv.fr`);
  await expectRefused(page, REFUSED);
  await expectNoViolation(page);
});

test("l'adresse d'un administrateur n'est jamais reliée automatiquement, même avec un second facteur", async ({ page }, testInfo) => {
  const admin = await createAccount(testInfo, "admin");
  await signInWithProConnect(page, `mfa+${admin.email}`);
  await expectRefused(page, REFUSED);
  expect((await linkOf(testInfo, admin.id)).oidcSubject).toBeNull();
});

test("un gestionnaire sans second facteur chez ProConnect est refusé ; avec, il est connecté et sa session a son second facteur", async ({
  page,
  browser,
}, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const manager = await createAccount(testInfo, "manager", [organisation.id]);
  await signInWithProConnect(page, manager.email);
  await expectRefused(page, SECOND_FACTOR);
  await expectNoViolation(page);
  expect((await linkOf(testInfo, manager.id)).oidcSubject).toBeNull();

  // A new browser: the provider would otherwise sign the same identity in again without asking.
  const again = await freshPage(browser, testInfo);
  await signInWithProConnect(again, `mfa+${manager.email}`);
  await expect(again.getByText("Connecté·e :")).toBeVisible();
  await again.context().close();
  const session = await withServerDatabase(testInfo, (db) =>
    db.session.findFirstOrThrow({ where: { userId: manager.id }, select: { secondFactorMethod: true, secondFactorAt: true } }),
  );
  expect(session).toEqual({ secondFactorMethod: "proconnect", secondFactorAt: expect.any(Date) });
  const signInEvent = await withServerDatabase(testInfo, (db) =>
    db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in", actorId: manager.id } }),
  );
  expect(JSON.parse(String(signInEvent.changes))).toEqual({
    méthode: "ProConnect",
    acr: "https://proconnect.gouv.fr/assurance/self-asserted-2fa",
  });
});

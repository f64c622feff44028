// Failed sign-ins never lock an account's owner out (issue 15, point 5): against a portal of
// its own behind one trusted proxy (TRUST_PROXY=1), so that each request says which client
// it comes from in X-Forwarded-For, as a load balancer would.
import { expect, test } from "./fixtures";
import type { FreshDatabase } from "./fresh-database";
import type { PortalProcess } from "./portal-process";
import { startPortalWithAdmin } from "./portal-with-admin";
import { signInByScript } from "./script-sign-in";

test.describe.configure({ mode: "default", timeout: 120_000 });

let database: FreshDatabase;
let portal: PortalProcess;
let owner: { email: string; password: string };

const from = (address: string) => ({ "x-forwarded-for": address });

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  ({
    database,
    portal,
    admin: owner,
  } = await startPortalWithAdmin(testInfo, "connexions", "titulaire@e2e.gouv.fr", { TRUST_PROXY: "1", SMTP_URL: undefined }));
});

test.afterAll(async () => {
  await portal?.stop();
  await database?.remove();
});

test("20 connexions échouées sur un compte depuis d'autres clients, puis sa titulaire se connecte aussitôt depuis le sien", async ({
  browser,
}) => {
  for (let n = 1; n <= 20; n++) {
    const failed = await signInByScript(portal.url, { email: owner.email, password: `pas le bon ${n}` }, from(`203.0.113.${n}`));
    expect(failed.sessionCookie).toBeUndefined();
  }
  // The account is now failing: a client that sends no proof of work is asked for one, even
  // with the right password. The owner's browser solves it unseen.
  const withoutProof = await signInByScript(portal.url, owner, from("198.51.100.50"));
  expect(withoutProof.sessionCookie).toBeUndefined();

  const context = await browser.newContext({ extraHTTPHeaders: from("192.0.2.10") });
  const page = await context.newPage();
  await page.goto(`${portal.url}/admin`);
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(owner.email);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill(owner.password);
  await page.keyboard.press("Enter");
  // No wait imposed: only the time the browser takes to solve the challenge it fetched on
  // load, longer than the usual 5 s on a loaded test machine.
  await expect(page.getByText("Connecté·e :")).toBeVisible({ timeout: 20_000 });
  await context.close();
});

test("un client qui échoue cinq fois sur un compte attend, avec un message en français, même avec le bon mot de passe", async ({
  browser,
}) => {
  const context = await browser.newContext({ extraHTTPHeaders: from("198.51.100.7") });
  const page = await context.newPage();
  await page.goto(`${portal.url}/admin/connexion`);
  const email = page.getByRole("textbox", { name: "Adresse électronique" });
  const password = page.getByRole("textbox", { name: "Mot de passe" });
  const status = page.getByRole("status");
  // Each answer awaited: the same message twice would not show that a second one came.
  const send = async (typed: string) => {
    await password.fill(typed);
    const answered = page.waitForResponse((r) => r.url().endsWith("/api/auth/callback/credentials"));
    await password.press("Enter");
    await answered;
  };
  await email.fill(owner.email);
  for (let n = 1; n <= 5; n++) {
    await send(`pas le bon ${n}`);
    await expect(status).toHaveText("Adresse électronique ou mot de passe incorrect.");
  }
  await send(owner.password);
  await expect(status).toHaveText(/^Trop de tentatives de connexion ont échoué depuis votre connexion\. Réessayez dans 1[45] minutes\.$/);
  await expect(page.getByText("Connecté·e :")).toHaveCount(0);
  await context.close();
});

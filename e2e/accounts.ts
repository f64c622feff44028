// Accounts for the admin specs, written straight into the database of the backend under
// test (as `npm run user:create` would), each with a generated password and a unique address.
import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, type TestInfo } from "@playwright/test";
import { createDb } from "../lib/db/client";
import { slugify } from "../lib/text/slug";
import { createUser, type Role } from "../lib/users/create";

export type Account = { email: string; password: string; id: string };

const unique = () => randomBytes(4).toString("hex");

async function withDb<T>(testInfo: TestInfo, work: (db: Awaited<ReturnType<typeof createDb>>) => Promise<T>): Promise<T> {
  const url = testInfo.project.metadata.databaseUrl as string;
  const db = await createDb(url);
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export function createOrganisation(testInfo: TestInfo, label = "Équipe"): Promise<{ id: string; name: string }> {
  const name = `${label} ${unique()}`;
  return withDb(testInfo, (db) =>
    db.organisation.create({ data: { name, slug: slugify(name), kind: "TEAM" }, select: { id: true, name: true } }),
  );
}

export function createAccount(testInfo: TestInfo, role: Role, organisationIds: string[] = []): Promise<Account> {
  return withDb(testInfo, async (db) => {
    const result = await createUser(
      db,
      { by: { label: "tests e2e" } },
      { email: `${role}-${unique()}@e2e.gouv.fr`, name: `${role} e2e`, role, organisationIds },
    );
    if (!result.ok) throw new Error(result.message);
    return { email: result.email, password: result.password, id: result.id };
  });
}

export function disableAccount(testInfo: TestInfo, id: string): Promise<unknown> {
  return withDb(testInfo, (db) => db.user.update({ where: { id }, data: { disabledAt: new Date() } }));
}

/** Signs in through the sign-in page, with the keyboard, and waits for the admin area. */
export async function signIn(page: Page, account: { email: string; password: string }, path = "/admin") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(account.email);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill(account.password);
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Connecté·e :`)).toBeVisible();
}

/**
 * Signs in with JavaScript (the sign-in page needs it: next-auth), then opens a page of a new
 * browser context without JavaScript that carries the session: the back office used without it.
 */
export async function signInThenDisableJavaScript(page: Page, browser: Browser, account: Account, testInfo: TestInfo): Promise<Page> {
  await signIn(page, account);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
    baseURL: testInfo.project.use.baseURL,
  });
  return context.newPage();
}

export function createDraft(testInfo: TestInfo, organisationId: string, title: string): Promise<{ id: string; slug: string }> {
  return withDb(testInfo, (db) =>
    db.posting.create({
      data: { title, slug: `brouillon-${unique()}`, organisationId, body: `${title} : texte confidentiel.` },
      select: { id: true, slug: true },
    }),
  );
}

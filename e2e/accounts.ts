// Accounts for the admin specs, written straight into the database of the backend under
// test (as `npm run user:create` would), each with a generated password and a unique address.
// Admins and managers must have a second factor (docs/decisions/0026): theirs come enrolled,
// with a TOTP secret sealed under the portals' session secret, and signIn types its code.
import { randomBytes } from "node:crypto";
import { type Browser, expect, type Page, type TestInfo } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { sealTotpSecret } from "../lib/auth/totp-seal";
import { createDb } from "../lib/db/client";
import { fold } from "../lib/text/normalise";
import { slugify } from "../lib/text/slug";
import { createUser, type Role } from "../lib/users/create";

/** `totpSecret` (base32) when the account has a second factor enrolled. */
export type Account = { email: string; password: string; id: string; totpSecret?: string };

/** The roles that must have a second factor (lib/auth/permissions.ts, secondFactorRequired). */
const SECOND_FACTOR_ROLES: readonly Role[] = ["admin", "manager"];
const TOTP_PERIOD_MS = 30_000;

/** The session secret playwright.config.ts gives the portals; a secret sealed under another one would not open. */
function portalSecret(): string {
  const secret = process.env.E2E_NEXTAUTH_SECRET;
  if (!secret) throw new Error("E2E_NEXTAUTH_SECRET manquant : il est posé par playwright.config.ts");
  return secret;
}

/** The code an authenticator app shows for `secret` at `time`. */
export const totpCode = (secret: string, time = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: time });

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

/** A new organisation, named `label` and a unique suffix; a start-up when given its incubator. */
export function createOrganisation(
  testInfo: TestInfo,
  label = "Équipe",
  { incubatorId }: { incubatorId?: string } = {},
): Promise<{ id: string; name: string }> {
  const name = `${label} ${unique()}`;
  return withDb(testInfo, (db) =>
    db.organisation.create({
      // The slug the importer finds an organisation by, from its name.
      data: { name, slug: slugify(name), kind: incubatorId ? "STARTUP" : "TEAM", parentId: incubatorId },
      select: { id: true, name: true },
    }),
  );
}

/**
 * A new account. An admin's or a manager's comes with its second factor enrolled, unless
 * `withoutSecondFactor` (the specs of enrolling itself); a recruiter's or a reader's without.
 */
export function createAccount(
  testInfo: TestInfo,
  role: Role,
  organisationIds: string[] = [],
  { withoutSecondFactor = false, name = `${role} e2e` }: { withoutSecondFactor?: boolean; name?: string } = {},
): Promise<Account> {
  return withDb(testInfo, async (db) => {
    const result = await createUser(
      db,
      { by: { label: "tests e2e" } },
      { email: `${role}-${unique()}@e2e.gouv.fr`, name, role, organisationIds },
    );
    if (!result.ok) throw new Error(result.message);
    const account: Account = { email: result.email, password: result.password, id: result.id };
    if (withoutSecondFactor || !SECOND_FACTOR_ROLES.includes(role)) return account;
    return { ...account, totpSecret: await enrolSecondFactor(db, result.id, portalSecret()) };
  });
}

/**
 * Enrols a new TOTP secret for `userId`, sealed under `appSecret` (the NEXTAUTH_SECRET of the
 * portal that will open it), as confirming the enrolment page would; returns it in base32.
 */
export async function enrolSecondFactor(db: Awaited<ReturnType<typeof createDb>>, userId: string, appSecret: string): Promise<string> {
  const totpSecret = new Secret({ size: 20 }).base32;
  await db.user.update({
    where: { id: userId },
    data: { totpSecret: sealTotpSecret(totpSecret, appSecret), totpEnabledAt: new Date() },
  });
  return totpSecret;
}

/** The last time step whose code each account typed: the portal takes a code once. */
const lastStepUsed = new Map<string, number>();

/** A code of `account` the portal has not taken yet: the current one, or the next step's when this one was used. */
async function freshCode(account: { email: string; totpSecret: string }): Promise<string> {
  let step = Math.floor(Date.now() / TOTP_PERIOD_MS);
  const last = lastStepUsed.get(account.email);
  if (last !== undefined && step <= last) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * TOTP_PERIOD_MS - Date.now() + 200));
    step = Math.floor(Date.now() / TOTP_PERIOD_MS);
  }
  lastStepUsed.set(account.email, step);
  return totpCode(account.totpSecret, step * TOTP_PERIOD_MS);
}

/** Makes the account an admin, straight in the database, as another admin would while the person is signed in. */
export function grantAdmin(testInfo: TestInfo, id: string): Promise<unknown> {
  return withDb(testInfo, (db) => db.user.update({ where: { id }, data: { admin: true } }));
}

export function disableAccount(testInfo: TestInfo, id: string): Promise<unknown> {
  return withDb(testInfo, (db) => db.user.update({ where: { id }, data: { disabledAt: new Date() } }));
}

/**
 * Signs in through the sign-in page, with the keyboard, and waits for the admin area; an
 * account with a second factor types a fresh code at the second step.
 */
export async function signIn(page: Page, account: { email: string; password: string; totpSecret?: string }, path = "/admin") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion à l'espace recruteurs" })).toBeVisible();
  await page.getByRole("textbox", { name: "Adresse électronique" }).fill(account.email);
  await page.getByRole("textbox", { name: "Mot de passe" }).fill(account.password);
  await page.keyboard.press("Enter");
  if (account.totpSecret) {
    const code = page.getByRole("textbox", { name: /^Code de double authentification/ });
    await expect(code).toBeVisible();
    await code.fill(await freshCode({ email: account.email, totpSecret: account.totpSecret }));
    await code.press("Enter");
  }
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
      data: { title, titleSortKey: fold(title), slug: `brouillon-${unique()}`, organisationId, body: `${title} : texte confidentiel.` },
      select: { id: true, slug: true },
    }),
  );
}

// The second factor an admin's or a manager's role requires (docs/decisions/0026): a session
// opened with a password alone is pending, reaches only the enrolment page, and goes on once
// the person enrolled in it. Recruiters are offered the second factor, never forced.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "./fixtures";
import { createAccount, createOrganisation, grantAdmin, signIn, totpCode } from "./accounts";

const ENROLMENT = /\/admin\/compte\/double-authentification$/;
const REQUIRED = "Votre rôle exige la double authentification : configurez-la dans « Mon compte », puis recommencez.";

/** Presses Tab until the element has the focus (bounded), as a keyboard user would. */
async function tabTo(page: Page, role: "textbox" | "button" | "link", name: string | RegExp) {
  const target = page.getByRole(role, { name, exact: typeof name === "string" }).first();
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${role} « ${name} » jamais atteint avec Tab`);
}

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

test("une administratrice sans double authentification ne voit que la page pour la configurer, la configure au clavier, puis accède à l'espace", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await createAccount(testInfo, "admin", [], { withoutSecondFactor: true });

  // The password is right: the session opens, pending, on the enrolment page, which says why.
  await signIn(page, admin, "/admin/offres");
  await expect(page).toHaveURL(ENROLMENT);
  await expect(page.getByRole("heading", { level: 1, name: "Configurer la double authentification" })).toBeVisible();
  await expect(page.getByText("Votre rôle d'administrateur du portail exige la double authentification")).toBeVisible();
  await expect(page.getByRole("link", { name: "Offres" })).toHaveCount(0);

  // Nothing else opens: pages send back here, downloads are refused.
  for (const path of ["/admin/offres", "/admin", "/admin/utilisateurs", "/admin/compte"]) {
    await page.goto(path);
    await expect(page).toHaveURL(ENROLMENT);
  }
  const download = await page.request.get("/admin/candidatures/export?format=csv&separateur=virgule");
  expect(download.status()).toBe(403);
  expect(await download.text()).toBe(REQUIRED);

  // She enrols with the keyboard alone.
  await tabTo(page, "button", "Commencer la configuration");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("img", { name: /QR code à scanner/ })).toBeVisible();
  const secret = ((await page.getByTestId("cle-totp").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoViolation(page);
  await tabTo(page, "textbox", /^Code à 6 chiffres/);
  await page.keyboard.type(totpCode(secret));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("codes-de-secours").getByRole("listitem")).toHaveCount(10);

  // The same session goes on: no new sign-in.
  await page.goto("/admin/offres");
  await expect(page.getByRole("heading", { level: 1, name: "Offres" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Utilisateurs" })).toBeVisible();
  expect((await page.request.get("/admin/candidatures/export?format=csv&separateur=virgule")).status()).toBe(200);
});

test("un recruteur sans double authentification n'y est pas obligé ; devenu administrateur en cours de session, son action suivante est refusée", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const organisation = await createOrganisation(testInfo);
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  await signIn(page, recruiter, "/admin/offres/nouvelle");
  await expect(page.getByRole("heading", { level: 1, name: "Rédiger une offre" })).toBeVisible();
  await page.goto("/admin/compte");
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();

  // Made an admin while the form is open: the session now needs a second factor it never proved.
  await page.goto("/admin/offres/nouvelle");
  await page.getByLabel(/^Intitulé du poste/).fill(`Offre refusée ${organisation.name}`);
  await page.getByLabel(/Texte de l'offre/).fill("Une mission qui ne sera pas enregistrée.");
  await grantAdmin(testInfo, recruiter.id);
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText(REQUIRED)).toBeVisible();
  await page.goto("/admin/offres");
  await expect(page).toHaveURL(ENROLMENT);
  await expect(page.getByText("Votre rôle d'administrateur du portail exige la double authentification")).toBeVisible();
});

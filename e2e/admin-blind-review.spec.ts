import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";
import { tabToElement } from "./keyboard";
import { pseudonym } from "../lib/applications/admin/blind";
import { docxWithText } from "../lib/applications/test-files";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** An offer of a new organisation, a recruiter of it, and an application whose CV names its candidate everywhere. */
async function blindCase(testInfo: Parameters<typeof createOrganisation>[0], blindReview = false) {
  const organisation = await createOrganisation(testInfo);
  const posting = await createDraft(testInfo, organisation.id, `Offre à l'aveugle ${organisation.name}`);
  const lastName = `Aveugle${randomUUID().slice(0, 6)}`;
  const email = `${lastName.toLowerCase()}@exemple.fr`;
  const cv = docxWithText([`Camille ${lastName}`, `${email} · 06 12 34 56 78`, "Designer de services, six ans d'expérience"]);
  const application = await createApplication(testInfo, posting.id, lastName, {
    phone: "06 12 34 56 78",
    linkedinUrl: `https://www.linkedin.com/in/${lastName.toLowerCase()}`,
    cv: { fileName: `CV Camille ${lastName}.docx`, mediaType: DOCX, content: cv },
  });
  if (blindReview)
    await withServerDatabase(testInfo, (db) => db.posting.update({ where: { id: posting.id }, data: { blindReview: true } }));
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  return { posting, application, lastName, email, recruiter, name: pseudonym(application.id) };
}

/** Nothing on the page names the candidate: not their name, address, phone or links. */
async function expectNoIdentity(page: Page, lastName: string) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toContain(lastName);
  expect(text.toLowerCase()).not.toContain(lastName.toLowerCase());
  expect(text).not.toContain("06 12 34 56 78");
  expect(await page.locator(`main a[href*="${lastName.toLowerCase()}"], main a[href$="/cv"]`).count()).toBe(0);
}

test("une recrutrice active la lecture à l'aveugle : liste, fiche et export montrent un pseudonyme et le texte nettoyé du CV, jamais le nom ni le fichier", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const c = await blindCase(testInfo);
  await signIn(page, c.recruiter);
  await page.goto(`/admin/offres/${c.posting.id}`);
  await expect(page.getByText("Désactivée. Quand elle est activée")).toBeVisible();
  await page.getByRole("button", { name: "Activer la lecture à l'aveugle", exact: true }).click();
  await expect(page.getByText("Lecture à l'aveugle activée : jusqu'à l'entretien")).toBeVisible();
  await expect(page.getByRole("button", { name: "Désactiver la lecture à l'aveugle", exact: true })).toBeVisible();
  await page.getByRole("heading", { name: "Lecture à l'aveugle", exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/blind-offer.png" });

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/admin/candidatures?offre=${c.posting.id}`);
    await expect(page.getByRole("link", { name: c.name, exact: true })).toBeVisible();
    await expect(page.getByText("Anonyme jusqu'à l'entretien")).toBeVisible();
    await expectNoIdentity(page, c.lastName);
    await page.screenshot({ path: `/tmp/blind-inbox-${width}.png`, fullPage: true });

    await page.getByRole("link", { name: c.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.name);
    await expect(page.getByRole("heading", { name: "Candidature anonyme jusqu'à l'entretien" })).toBeVisible();
    const cvText = page.getByRole("region", { name: "Texte du CV, coordonnées retirées" });
    await expect(cvText).toContainText("Designer de services, six ans d'expérience");
    await expect(cvText).toContainText("[nom retiré]");
    await expect(cvText).toContainText("[adresse électronique retirée] · [téléphone retiré]");
    await expect(page.getByRole("link", { name: /Télécharger le CV/ })).toHaveCount(0);
    await expectNoIdentity(page, c.lastName);
    await page.screenshot({ path: `/tmp/blind-application-${width}.png`, fullPage: true });
  }

  // Neither the CV route, nor the export, nor a search by name gives the identity away.
  const cv = await page.request.get(`/admin/candidatures/${c.application.id}/cv`);
  expect(cv.status()).toBe(404);
  const csv = await (await page.request.get(`/admin/candidatures/export?format=csv&offre=${c.posting.id}`)).text();
  expect(csv).toContain(c.name);
  expect(csv.toLowerCase()).not.toContain(c.lastName.toLowerCase());
  expect(csv).not.toContain("06 12 34 56 78");
  await page.goto(`/admin/candidatures?q=${c.lastName}`);
  await expect(page.getByText("Aucune candidature avec ces filtres")).toBeVisible();
});

test("au clavier seul : lever l'anonymat d'une candidature, après confirmation", async ({ page }, testInfo) => {
  const c = await blindCase(testInfo, true);
  await signIn(page, c.recruiter);
  await page.goto(`/admin/candidatures/${c.application.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.name);
  await tabToElement(page, page.getByRole("button", { name: "Lever l'anonymat", exact: true }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Lever l'anonymat ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Le journal gardera la trace de votre décision.");
  await tabToElement(page, dialog.getByRole("button", { name: "Lever l'anonymat", exact: true }), 20);
  await page.keyboard.press("Space");
  await expect(page.getByText("Anonymat levé : l'équipe voit désormais cette candidature en entier.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Camille ${c.lastName}`);
  await expect(page.getByRole("link", { name: c.email, exact: true })).toBeVisible();
  expect((await page.request.get(`/admin/candidatures/${c.application.id}/cv`)).status()).toBe(200);
});

test("passer la candidature à l'étape Entretien lève l'anonymat", async ({ page }, testInfo) => {
  const c = await blindCase(testInfo, true);
  await signIn(page, c.recruiter);
  await page.goto(`/admin/candidatures/${c.application.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.name);
  await page.getByLabel("Nouvelle étape").selectOption({ label: "Entretien" });
  await page.getByRole("button", { name: "Changer l'étape", exact: true }).click();
  await expect(page.getByText("Étape changée : Entretien.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Camille ${c.lastName}`);
  await expect(page.getByRole("button", { name: "Lever l'anonymat", exact: true })).toHaveCount(0);
  await page.goto(`/admin/candidatures?q=${c.lastName}`);
  await expect(page.getByRole("link", { name: `Camille ${c.lastName}`, exact: true })).toBeVisible();
});

test("sans JavaScript, lever l'anonymat passe par une page de confirmation", async ({ page, browser }, testInfo) => {
  const c = await blindCase(testInfo, true);
  const plain = await signInThenDisableJavaScript(page, browser, c.recruiter, testInfo);
  await plain.goto(`/admin/candidatures/${c.application.id}`);
  await plain.getByRole("link", { name: "Lever l'anonymat", exact: true }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(`Lever l'anonymat de « ${c.name} » ?`);
  await plain.getByRole("link", { name: "Annuler", exact: true }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(c.name);
  await plain.getByRole("link", { name: "Lever l'anonymat", exact: true }).click();
  await plain.getByRole("button", { name: "Lever l'anonymat", exact: true }).click();
  await expect(plain.getByText("Anonymat levé : l'équipe voit désormais cette candidature en entier.")).toBeVisible();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText(`Camille ${c.lastName}`);
  await plain.context().close();
});

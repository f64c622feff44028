import { createHash, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { pdfBytes, textPretendingToBePdf } from "../lib/applications/test-files";
import { CONSENT, fillForm, pdf, uniqueEmail } from "./apply-form";
import { withServerDatabase } from "./database";
import { closedPosting, externalPosting, formPath, formPosting, postingPath } from "./demo-postings";

async function expectNoAxeViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

test("une candidate postule avec un PDF depuis la page de l'offre et voit la confirmation", async ({ page }, testInfo) => {
  const posting = formPosting();
  const email = uniqueEmail();
  await page.goto(postingPath(posting));
  await page.getByRole("link", { name: "Candidater à cette offre" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Candidater : ${posting.title}`);

  await fillForm(page, email);
  // The proof of work runs as the page loads; its payload joins the form once solved.
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
  await expect(page.getByText(`Candidature reçue : ${posting.title}`)).toBeVisible();
  const stored = await withServerDatabase(testInfo, (db) =>
    db.application.findFirst({ where: { email }, include: { cv: { select: { fileName: true, sha256: true } }, mails: true } }),
  );
  expect(stored).toMatchObject({ firstName: "Camille", needsReview: false, cv: { fileName: "CV Camille.pdf" } });
  expect(stored?.cv?.sha256).toBe(createHash("sha256").update(pdf.buffer).digest("hex"));
  expect(stored?.mails.map((m) => m.to)).toContain(email);

  // A refresh of the confirmation sends nothing again.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
  expect(await withServerDatabase(testInfo, (db) => db.application.count({ where: { email } }))).toBe(1);
});

test("un fichier texte renommé .pdf est refusé à côté du champ CV, et le reste est gardé", async ({ page }, testInfo) => {
  const email = uniqueEmail();
  await page.goto(formPath(formPosting()));
  await fillForm(page, email, { name: "cv.pdf", mimeType: "application/pdf", buffer: textPretendingToBePdf() });
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();

  await expect(page).toHaveTitle(/^Erreur : /);
  const cv = page.getByLabel("Votre CV");
  await expect(cv).toHaveAccessibleDescription(/n'est pas un document PDF, ODT ou DOCX/);
  await expect(cv).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").getByRole("link", { name: /n'est pas un document PDF/ })).toBeVisible();
  await expect(page.getByLabel("Prénom")).toHaveValue("Camille");
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
  await expect(page.getByLabel("Votre message")).toHaveValue("Je souhaite rejoindre l'équipe.\nÀ bientôt !");
  await expect(page.getByLabel(CONSENT)).toBeChecked();
  await expectNoAxeViolation(page);
  expect(await withServerDatabase(testInfo, (db) => db.application.count({ where: { email } }))).toBe(0);

  // Corrected, the same form goes through.
  await cv.setInputFiles(pdf);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
});

test("axe ne trouve aucune violation sur le formulaire ni sur la confirmation", async ({ page }) => {
  await page.goto(formPath(formPosting()));
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });
  await expectNoAxeViolation(page);
  await fillForm(page, uniqueEmail());
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
  await expectNoAxeViolation(page);
});

test("tout le formulaire se remplit et s'envoie au clavier seul", async ({ page }, testInfo) => {
  const email = uniqueEmail();
  await page.goto(formPath(formPosting()));
  await page.getByLabel("Prénom").focus();
  const type = async (text: string) => {
    await page.keyboard.type(text);
    await page.keyboard.press("Tab");
  };
  await type("Camille");
  await type("Martin");
  await type(email);
  await type("06 12 34 56 78");
  await type("Motivée par le service public.");
  // The file field opens the system's file chooser on Space, as a person would.
  await expect(page.getByLabel("Votre CV")).toBeFocused();
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(pdf);
  await page.keyboard.press("Tab");
  await type("https://www.linkedin.com/in/camille-martin");
  await type("");
  await type("");
  const consent = page.getByLabel(CONSENT);
  await expect(consent).toBeFocused();
  await page.keyboard.press("Space");
  await expect(consent).toBeChecked();
  // Past the pool checkbox and the proof-of-work widget, to the submit button.
  const submit = page.getByRole("button", { name: "Envoyer ma candidature" });
  for (let i = 0; i < 6 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(submit).toBeFocused();
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
  const stored = await withServerDatabase(testInfo, (db) => db.application.findFirst({ where: { email } }));
  expect(stored).toMatchObject({ phone: "06 12 34 56 78", linkedinUrl: "https://www.linkedin.com/in/camille-martin" });
});

test.describe("sans JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("la candidature part quand même, marquée à vérifier", async ({ page }, testInfo) => {
    const email = uniqueEmail();
    await page.goto(formPath(formPosting()));
    await expect(page.getByText("JavaScript est désactivé")).toBeVisible();
    await fillForm(page, email);
    // An impatient double click: the same form, sent twice, makes one application.
    await page.getByRole("button", { name: "Envoyer ma candidature" }).dblclick();
    await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
    const stored = await withServerDatabase(testInfo, (db) => db.application.findMany({ where: { email } }));
    expect(stored).toEqual([expect.objectContaining({ needsReview: true })]);
  });

  test("les erreurs s'affichent à côté des champs, les valeurs saisies sont gardées", async ({ page }) => {
    await page.goto(formPath(formPosting()));
    await page.getByLabel("Prénom").fill("Dominique");
    await page.getByLabel("Adresse électronique").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();

    await expect(page.getByRole("alert")).toContainText("champs sont à corriger");
    await expect(page.getByLabel("Nom", { exact: true })).toHaveAccessibleDescription(/^Indiquez votre nom\./);
    await expect(page.getByLabel("Adresse électronique")).toHaveAccessibleDescription(/Indiquez une adresse électronique valide/);
    await expect(page.getByLabel("Votre CV")).toHaveAccessibleDescription(/Joignez votre CV/);
    await expect(page.getByLabel("Prénom")).toHaveValue("Dominique");
    await expect(page.getByLabel("Adresse électronique")).toHaveValue("pas-une-adresse");
  });
});

test("un CV de la taille maximale exacte arrive entier (même SHA-256)", async ({ request }, testInfo) => {
  const maxBytes = 10 * 1024 * 1024;
  const buffer = pdfBytes(maxBytes);
  const email = uniqueEmail();
  const posting = formPosting();
  const response = await request.post(`${formPath(posting)}/envoi`, {
    maxRedirects: 0,
    multipart: {
      idempotencyKey: randomUUID(),
      firstName: "Camille",
      lastName: "Martin",
      email,
      message: "Mon CV est volumineux.",
      consent: "on",
      website: "",
      cv: { name: "cv.pdf", mimeType: "application/pdf", buffer },
    },
  });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe(`${formPath(posting)}/envoyee`);
  const cv = await withServerDatabase(testInfo, (db) =>
    db.applicationFile.findFirst({ where: { application: { email } }, select: { size: true, sha256: true, content: true } }),
  );
  const expected = createHash("sha256").update(buffer).digest("hex");
  expect(cv?.size).toBe(maxBytes);
  expect(cv?.sha256).toBe(expected);
  expect(createHash("sha256").update(cv!.content).digest("hex")).toBe(expected);
});

test("le formulaire ne demande que ce qui sert à recruter", async ({ page }) => {
  await page.goto(formPath(formPosting()));
  // What the browser sends: the named controls of the form (the widget adds its payload).
  await expect(page.locator("input[name=altcha]")).toHaveCount(1);
  const names = await page
    .locator("form[action$='/candidater/envoi']")
    .evaluate((form: HTMLFormElement) => [...new Set([...form.elements].map((field) => (field as HTMLInputElement).name).filter(Boolean))]);
  expect(names.sort()).toEqual(
    [
      "altcha",
      "consent",
      "cv",
      "email",
      "firstName",
      "githubUrl",
      "idempotencyKey",
      "lastName",
      "linkedinUrl",
      "message",
      "phone",
      "poolConsent",
      "portfolioUrl",
      "website",
    ].sort(),
  );
  // Both consents start unticked, and the first one leads to the privacy page.
  await expect(page.getByLabel(CONSENT)).not.toBeChecked();
  await expect(page.getByLabel(/conservée dans un vivier/)).not.toBeChecked();
  await page.getByRole("link", { name: "données personnelles", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Candidatures" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Combien de temps" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Qui y a accès" })).toBeVisible();
});

test("une offre clôturée ou reçue ailleurs ne propose pas le formulaire", async ({ page }) => {
  await page.goto(formPath(closedPosting()));
  await expect(page.getByRole("heading", { name: "Cette offre est clôturée" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Envoyer ma candidature" })).toHaveCount(0);
  await page.goto(formPath(externalPosting()));
  await expect(page.getByRole("heading", { name: "Cette offre ne reçoit pas de candidatures ici" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Envoyer ma candidature" })).toHaveCount(0);
  expect((await page.goto(formPath({ slug: "cette-offre-n-existe-pas" })))?.status()).toBe(404);
});

test("un CV trop lourd est signalé à côté du champ avant l'envoi", async ({ page }) => {
  await page.goto(formPath(formPosting()));
  const email = uniqueEmail();
  await fillForm(page, email, { name: "cv.pdf", mimeType: "application/pdf", buffer: pdfBytes(10 * 1024 * 1024 + 1) });
  const cv = page.getByLabel("Votre CV");
  await expect(cv).toHaveAccessibleDescription(/dépasse la limite de 10 Mo/);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(cv).toBeFocused();
  await expect(page).toHaveURL(formPath(formPosting()));
});

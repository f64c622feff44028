import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { expect, test, type Page } from "./fixtures";
import { pdfBytes } from "../lib/applications/test-files";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";

const CONSENT = "J'accepte que l'équipe qui recrute traite ma candidature pour ce poste.";
const cv = { name: "CV Zoé Lefèvre.pdf", mimeType: "application/pdf", buffer: pdfBytes() };

/** A candidate applies through the public form, as in e2e/apply.spec.ts. */
async function applyThroughTheForm(page: Page, slug: string, email: string) {
  await page.goto(`/offres/${slug}/candidater`);
  await page.getByLabel("Prénom").fill("Zoé");
  await page.getByLabel("Nom", { exact: true }).fill("Lefèvre");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Votre message").fill("Bonjour,\nje souhaite rejoindre votre équipe.");
  await page.getByLabel("Votre CV").setInputFiles(cv);
  await page.getByLabel(CONSENT).press("Space");
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
}

test("une recruteuse traite une candidature : étape, note, CV, refus motivé ; une autre organisation ne la voit pas", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const organisation = await createOrganisation(testInfo, "Équipe candidatures");
  const other = await createOrganisation(testInfo, "Autre équipe");
  const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
  const outsider = await createAccount(testInfo, "recruiter", [other.id]);
  const title = `Intégratrice ou intégrateur ${organisation.name}`;
  const slug = `integration-${randomUUID().slice(0, 8)}`;
  const { id: postingId } = await withServerDatabase(testInfo, (db) =>
    db.posting.create({
      data: {
        slug,
        title,
        body: "## La mission\n\nIntégrer des pages.",
        organisationId: organisation.id,
        status: "PUBLISHED",
        publishedAt: new Date(),
        contactEmail: "equipe@e2e.gouv.fr",
      },
      select: { id: true },
    }),
  );
  const email = `zoe.${randomUUID().slice(0, 8)}@exemple.fr`;
  const candidate = await browser.newPage();
  await applyThroughTheForm(candidate, slug, email);

  // The recruiter finds it in the inbox, filtered on the offer and on her name.
  await signIn(page, recruiter);
  await page.getByRole("link", { name: "Candidatures" }).click();
  await page.getByRole("combobox", { name: "Offre" }).selectOption({ label: title });
  await page.getByRole("searchbox", { name: "Nom ou adresse électronique" }).fill("zoe lefe");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 candidature avec ces filtres." })).toBeVisible();
  await page.getByRole("link", { name: "Zoé Lefèvre" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoé Lefèvre" })).toBeVisible();
  await expect(page.getByText("je souhaite rejoindre votre équipe.")).toBeVisible();
  await expect(page.getByRole("link", { name: email })).toBeVisible();
  // The application's own address, without the list's filters it carries.
  const detailUrl = page.url().split("?")[0]!;

  // A change of step, kept in the history with its author; the next step is the one offered first.
  await expect(page.getByRole("combobox", { name: "Nouvelle étape" })).toHaveValue("UNDER_REVIEW");
  await page.getByRole("button", { name: "Changer l'étape" }).click();
  await expect(page.getByText("Étape changée : En cours d'examen.")).toBeVisible();
  // From there, one click moves forward, never back to "Reçue".
  await expect(page.getByRole("combobox", { name: "Nouvelle étape" })).toHaveValue("INTERVIEW");
  const history = page.getByRole("region", { name: "Historique" });
  await expect(history.getByText("Reçue → En cours d'examen par recruiter e2e")).toBeVisible();

  // A note by the team; blank text is refused next to the field.
  await page.getByRole("textbox", { name: /Nouvelle note/ }).fill("   ");
  await page.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(page.getByText("Écrivez le texte de la note.")).toBeVisible();
  await page.getByRole("textbox", { name: /Nouvelle note/ }).fill("Portfolio solide, à rappeler lundi.");
  await page.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(page.getByText("Note ajoutée.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Notes de l'équipe" }).getByText("Portfolio solide, à rappeler lundi.")).toBeVisible();
  await expect(history.getByText("Note ajoutée par recruiter e2e")).toBeVisible();

  // The CV downloads as the very file sent, with headers that keep browsers from rendering it.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Télécharger le CV/ }).click()]);
  expect(download.suggestedFilename()).toBe("CV Zoé Lefèvre.pdf");
  const cvUrl = `${detailUrl}/cv`;
  const response = await page.request.get(cvUrl);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
  });
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="CV Zoe Lefevre\.pdf"; filename\*=UTF-8''CV%20Zo%C3%A9%20Lef%C3%A8vre\.pdf$/,
  );
  expect(Buffer.from(await response.body()).equals(cv.buffer)).toBe(true);

  // Export of the inbox: the list's filters go into the file, which holds just her row.
  await createApplication(testInfo, postingId, `Autre${randomUUID().slice(0, 6)}`);
  await page.goto("/admin/candidatures");
  await page.getByRole("combobox", { name: "Offre" }).selectOption({ label: title });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 candidatures avec ces filtres." })).toBeVisible();
  await page.getByRole("combobox", { name: "Étape", exact: true }).selectOption({ label: "En cours d'examen" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 candidature avec ces filtres." })).toBeVisible();
  const exportBlock = page.getByRole("region", { name: "Exporter ces candidatures" });
  await expect(exportBlock.getByRole("radio", { name: "CSV" })).toBeChecked();
  await exportBlock.getByRole("combobox", { name: /Séparateur du CSV/ }).selectOption({ label: "Virgule ( , )" });
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), exportBlock.getByRole("button", { name: "Exporter" }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^candidatures-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await csvDownload.path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const exportedRows = parse(csv, { bom: true, delimiter: ",", columns: true }) as Record<string, string>[];
  expect(exportedRows).toEqual([
    expect.objectContaining({
      Offre: title,
      Organisation: organisation.name,
      Étape: "En cours d'examen",
      Nom: "Lefèvre",
      Prénom: "Zoé",
      "Adresse électronique": email,
      Message: "Bonjour,\nje souhaite rejoindre votre équipe.",
      CV: "CV Zoé Lefèvre.pdf",
      Fiche: expect.stringMatching(new RegExp(`/admin/candidatures/${detailUrl.split("/").pop()}$`)),
    }),
  ]);
  await page.goto(detailUrl);

  // Not retained: a reason, the prefilled mail edited, then confirmed.
  await page.getByRole("link", { name: /Ne pas retenir cette candidature/ }).click();
  await page.getByRole("combobox", { name: /Motif/ }).selectOption({ label: "Poste pourvu" });
  await page.getByRole("button", { name: "Préparer le courriel" }).click();
  const message = page.getByRole("textbox", { name: /Message/ });
  await expect(message).toHaveValue(/^Bonjour Zoé,[\s\S]*Le poste vient d'être pourvu\./);
  await message.fill(`${await message.inputValue()}\n\nPS : merci pour votre portfolio.`);
  await page.getByRole("button", { name: "Confirmer : non retenue" }).click();
  await expect(page.getByText("Candidature non retenue ; la réponse part par courriel")).toBeVisible();
  await expect(history.getByText(/En cours d'examen → Non retenue par recruiter e2e\s*\(motif : Poste pourvu\)/)).toBeVisible();
  await expect(history.getByText(`Courriel « Votre candidature : ${title} » à ${email} par recruiter e2e`)).toBeVisible();
  const mail = await withServerDatabase(testInfo, (db) =>
    db.outboxMail.findFirst({ where: { to: email, dedupeKey: { startsWith: "application-answer:" } } }),
  );
  expect(mail?.text).toMatch(/PS : merci pour votre portfolio\.$/);

  // Another organisation's recruiter learns nothing: the page and the CV both answer 404.
  const intruder = await browser.newPage();
  await signIn(intruder, outsider);
  expect((await intruder.goto(detailUrl))?.status()).toBe(404);
  await expect(intruder.getByText("Zoé Lefèvre")).toHaveCount(0);
  const stolen = await intruder.request.get(cvUrl);
  expect(stolen.status()).toBe(404);
  expect(await stolen.text()).not.toContain("%PDF");
  await intruder.goto("/admin/candidatures");
  await expect(intruder.getByText("Aucune candidature.")).toBeVisible();
});

test.describe("sans JavaScript", () => {
  test("une recruteuse change l'étape, note et refuse une candidature", async ({ page: signInPage, browser }, testInfo) => {
    const organisation = await createOrganisation(testInfo, "Équipe sans JS");
    const recruiter = await createAccount(testInfo, "recruiter", [organisation.id]);
    const posting = await createDraft(testInfo, organisation.id, `Offre sans JS ${organisation.name}`);
    const application = await createApplication(testInfo, posting.id);
    const page = await signInThenDisableJavaScript(signInPage, browser, recruiter, testInfo);
    await page.goto(`/admin/candidatures/${application.id}`);
    const history = page.getByRole("region", { name: "Historique" });

    await page.getByRole("combobox", { name: "Nouvelle étape" }).selectOption({ label: "Entretien" });
    await page.getByRole("button", { name: "Changer l'étape" }).click();
    await expect(history.getByText("Reçue → Entretien par recruiter e2e")).toBeVisible();

    await page.getByRole("textbox", { name: /Nouvelle note/ }).fill("Entretien fixé à mardi.");
    await page.getByRole("button", { name: "Ajouter la note" }).click();
    await expect(page.getByRole("region", { name: "Notes de l'équipe" }).getByText("Entretien fixé à mardi.")).toBeVisible();

    await page.getByRole("link", { name: /Ne pas retenir cette candidature/ }).click();
    await page.getByRole("combobox", { name: /Motif/ }).selectOption({ label: "Autre candidature retenue" });
    await page.getByRole("button", { name: "Préparer le courriel" }).click();
    await page.getByRole("textbox", { name: "Objet du courriel" }).fill("");
    await page.getByRole("button", { name: "Confirmer : non retenue" }).click();
    await expect(page.getByText("Indiquez l'objet du courriel.")).toBeVisible();
    await page.getByRole("textbox", { name: "Objet du courriel" }).fill("Suite de votre candidature");
    await page.getByRole("button", { name: "Confirmer : non retenue" }).click();
    await expect(page.getByText("Candidature non retenue ; la réponse part par courriel")).toBeVisible();
    await expect(history.getByText(/Courriel « Suite de votre candidature »/)).toBeVisible();
  });
});

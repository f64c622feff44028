import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";
import { docxWithText } from "../lib/applications/test-files";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

test("axe ne trouve aucune violation WCAG 2.1 AA sur les pages d'administration", async ({ page }, testInfo) => {
  // Some forty pages, each analysed: the default would not cover a loaded machine.
  test.setTimeout(240_000);
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre auditée ${organisation.name}`);
  const application = await createApplication(testInfo, draft.id);
  const pooled = await createApplication(testInfo, draft.id, undefined, { poolConsentAt: new Date() });
  // An offer read blind, and its masked application with the CV's cleaned text (docs/decisions/0030).
  const blindDraft = await createDraft(testInfo, organisation.id, `Offre à l'aveugle ${organisation.name}`);
  await withServerDatabase(testInfo, (db) => db.posting.update({ where: { id: blindDraft.id }, data: { blindReview: true } }));
  const masked = await createApplication(testInfo, blindDraft.id, undefined, {
    cv: { fileName: "CV.docx", mediaType: DOCX, content: docxWithText(["Camille Secret", "camille@exemple.fr", "Designer de services"]) },
  });
  const colleague = await createAccount(testInfo, "recruiter", [organisation.id]);
  // The pages reached without an account.
  for (const path of ["/admin/connexion", "/admin/mot-de-passe-oublie", "/admin/invitation/nouveau-lien"]) {
    await page.goto(path);
    await test.step(path, () => expectNoViolation(page));
  }
  await signIn(page, await createAccount(testInfo, "admin"));
  for (const path of [
    "/admin",
    "/admin/offres",
    "/admin/offres/nouvelle",
    `/admin/offres/${draft.id}`,
    `/admin/offres/${draft.id}/apercu`,
    "/admin/import",
    "/admin/utilisateurs",
    `/admin/utilisateurs/${colleague.id}`,
    `/admin/utilisateurs/${colleague.id}/desactiver`,
    "/admin/compte",
    "/admin/compte/double-authentification",
    "/admin/journal",
    "/admin/candidatures",
    "/admin/candidatures?du=2026-02-30&statut=perdue",
    `/admin/candidatures?offre=${draft.id}&tri=-etape`,
    `/admin/candidatures/refuser?portee=cochees&choix=${application.id}:RECEIVED&reason=profil&send=on`,
    `/admin/candidatures/${application.id}`,
    `/admin/candidatures/${application.id}?offre=${draft.id}&tri=candidat`,
    `/admin/candidatures/${application.id}/non-retenue?motif=profil`,
    `/admin/candidatures/${application.id}/effacer`,
    "/admin/vivier",
    "/admin/vivier?q=accessibilite&etape=perdue",
    // No offer chosen: the page says so, with the way back.
    `/admin/vivier/proposer?candidat=${pooled.id}`,
    `/admin/offres/${blindDraft.id}`,
    `/admin/candidatures?offre=${blindDraft.id}`,
    `/admin/candidatures/${masked.id}`,
    `/admin/candidatures/${masked.id}/lever-anonymat`,
    `/admin/candidatures/${masked.id}/non-retenue?motif=profil`,
    `/admin/candidatures/${masked.id}/effacer`,
  ]) {
    await page.goto(path);
    await test.step(path, () => expectNoViolation(page));
  }
  // The form with its errors shown.
  await page.goto("/admin/offres/nouvelle");
  await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
  await expect(page.getByText("Le formulaire contient des erreurs")).toBeVisible();
  await expectNoViolation(page);
  // The inbox's bulk form refused (no step chosen), then its modal open.
  await page.goto(`/admin/candidatures?offre=${draft.id}`);
  await page.getByRole("button", { name: "Passer à l'étape" }).click();
  await expect(page.getByText("Le formulaire contient des erreurs")).toBeVisible();
  await expectNoViolation(page);
  await page.getByRole("button", { name: "Refuser…" }).click();
  await expect(page.getByRole("dialog", { name: "Refuser ces candidatures ?" })).toBeVisible();
  await expectNoViolation(page);
});

test("axe ne trouve aucune violation WCAG 2.1 AA sur l'éditeur d'offre à 390 px, dans ses deux onglets", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre auditée sur téléphone ${organisation.name}`);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]), `/admin/offres/${draft.id}`);
  await expect(page.getByRole("tab", { name: "Modifier" })).toHaveAttribute("aria-selected", "true");
  await test.step("onglet Modifier", () => expectNoViolation(page));
  await page.getByRole("tab", { name: "Aperçu" }).click();
  await expect(page.getByRole("region", { name: "Aperçu, tel que les candidats le verront" })).toBeVisible();
  await test.step("onglet Aperçu", () => expectNoViolation(page));
});

test("au clavier seul : se connecter, rédiger et publier une offre", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);
  const title = `Offre au clavier ${organisation.name}`;

  /** Presses Tab until `name` has the focus (bounded), as a keyboard user would. */
  async function tabTo(role: "textbox" | "button" | "link", name: string | RegExp) {
    const target = page.getByRole(role, { name, exact: typeof name === "string" }).first();
    for (let i = 0; i < 120; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await page.keyboard.press("Tab");
    }
    throw new Error(`${role} « ${name} » jamais atteint avec Tab`);
  }

  await page.goto("/admin/offres/nouvelle");
  await tabTo("textbox", "Adresse électronique");
  await page.keyboard.type(account.email);
  await tabTo("textbox", "Mot de passe");
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Rédiger une offre" })).toBeVisible();

  await tabTo("textbox", "Intitulé du poste");
  await page.keyboard.type(title);
  await tabTo("textbox", /Texte de l'offre/);
  await page.keyboard.press("Control+End");
  await page.keyboard.type("Une mission décrite au clavier, de bout en bout.");
  await tabTo("button", "Enregistrer le brouillon");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Brouillon enregistré.")).toBeVisible();
  await tabTo("button", "Publier maintenant");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Offre publiée : elle est en ligne.")).toBeVisible();
});

// Filling the public application form as a candidate does, for the specs that apply.
import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { pdfBytes } from "../lib/applications/test-files";

export const CONSENT = "J'accepte que l'équipe qui recrute traite ma candidature pour ce poste.";
export const uniqueEmail = () => `camille.${randomUUID().slice(0, 8)}@exemple.fr`;
export const pdf = { name: "CV Camille.pdf", mimeType: "application/pdf", buffer: pdfBytes() };

export async function fillForm(page: Page, email: string, cv = pdf) {
  await page.getByLabel("Prénom").fill("Camille");
  await page.getByLabel("Nom", { exact: true }).fill("Martin");
  await page.getByLabel("Adresse électronique").fill(email);
  await page.getByLabel("Votre message").fill("Je souhaite rejoindre l'équipe.\nÀ bientôt !");
  await page.getByLabel("Votre CV").setInputFiles(cv);
  // The DSFR draws its box in the label, over the input: tick it as a keyboard does.
  await page.getByLabel(CONSENT).press("Space");
  await expect(page.getByLabel(CONSENT)).toBeChecked();
}

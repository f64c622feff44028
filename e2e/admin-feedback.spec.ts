import { expect, test } from "@playwright/test";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";

for (const width of [1280, 390]) {
  test(`à ${width} px, la réponse à l'enregistrement d'une offre prend le focus, là où la personne regarde`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 844 });
    const organisation = await createOrganisation(testInfo);
    const draft = await createDraft(testInfo, organisation.id, `Offre à retoucher ${organisation.name}`);
    await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));

    // A new offer with errors: the summary takes the focus and links to each field.
    await page.goto("/admin/offres/nouvelle");
    const save = page.getByRole("button", { name: "Enregistrer le brouillon" });
    await save.focus();
    await page.keyboard.press("Enter");
    const answer = page.getByRole("status").filter({ hasText: "Le formulaire contient des erreurs" });
    await expect(answer).toBeInViewport();
    await expect(answer.locator("[tabindex='-1']")).toBeFocused();
    const toTitle = answer.getByRole("link", { name: /^Intitulé du poste : / });
    await toTitle.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: "Intitulé du poste" })).toBeFocused();

    // Saving changes with the button at the bottom: the confirmation comes into view, focused.
    await page.goto(`/admin/offres/${draft.id}`);
    await page.getByRole("textbox", { name: "Équipe" }).fill("Produit");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const saved = page.getByText("Modifications enregistrées.");
    await expect(saved).toBeInViewport();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).locator("[tabindex='-1']")).toBeFocused();
  });
}

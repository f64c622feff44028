import { expect, test } from "./fixtures";
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
    await page.getByRole("textbox", { name: "Équipe", exact: true }).fill("Produit");
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    const saved = page.getByText("Modifications enregistrées.");
    await expect(saved).toBeInViewport();
    await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).locator("[tabindex='-1']")).toBeFocused();

    // One alert at a time: the copy's notice gives way to the next answer.
    await page.getByRole("button", { name: "Dupliquer" }).click();
    await expect(page.getByText("Copie créée : c'est un brouillon, modifiez-la avant de la publier.")).toBeVisible();
    await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
    await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
    await expect(page.getByText(/Copie créée/)).toHaveCount(0);
  });
}

test("la connexion avec des champs vides le dit à côté de chaque champ, sans rien envoyer", async ({ page }) => {
  let sent = 0;
  page.on("request", (request) => request.url().includes("/api/auth/callback/") && sent++);
  await page.goto("/admin/connexion");
  await page.getByRole("button", { name: "Se connecter" }).click();
  const email = page.getByRole("textbox", { name: "Adresse électronique" });
  await expect(email).toHaveAccessibleDescription(/Saisissez l'adresse électronique de votre compte\./);
  await expect(email).toBeFocused();
  await expect(page.getByText("Saisissez votre mot de passe.")).toBeVisible();
  await expect(page.getByText("Adresse électronique ou mot de passe incorrect.")).toHaveCount(0);
  // The address alone: only the password is still asked for.
  await email.fill("quelquun@exemple.gouv.fr");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("textbox", { name: "Mot de passe" })).toBeFocused();
  await expect(email).not.toHaveAccessibleDescription(/Saisissez/);
  expect(sent).toBe(0);
});

import { expect, test } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";

test("supprimer un brouillon demande d'abord confirmation dans une fenêtre modale, au clavier", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Brouillon à supprimer ${organisation.name}`);
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
  await page.goto(`/admin/offres/${draft.id}`);
  const trigger = page.getByRole("button", { name: "Supprimer le brouillon" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Supprimer ce brouillon ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`Brouillon à supprimer ${organisation.name}`);
  // Escape changes its mind: nothing is deleted.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.reload();
  // The page's own heading (the live preview below holds the posting's as well).
  await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(`Brouillon à supprimer ${organisation.name}`);
  await page.getByRole("button", { name: "Supprimer le brouillon" }).click();
  await dialog.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page).toHaveURL(/\/admin\/offres\?supprimee=1$/);
  await expect(page.getByText("Brouillon supprimé.")).toBeVisible();
  // No hydration error on the way (the page is drawn once, from the server's HTML).
  expect(errors).toEqual([]);
  expect((await page.goto(`/admin/offres/${draft.id}`))?.status()).toBe(404);
});

test("sans JavaScript, la suppression d'un brouillon passe par une page de confirmation", async ({ page, browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Brouillon sans script ${organisation.name}`);
  const plain = await signInThenDisableJavaScript(page, browser, await createAccount(testInfo, "recruiter", [organisation.id]), testInfo);
  await plain.goto(`/admin/offres/${draft.id}`);
  await plain.getByRole("link", { name: "Supprimer le brouillon" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Supprimer ce brouillon ?" })).toBeVisible();
  await plain.getByRole("link", { name: "Annuler" }).click();
  await expect(plain.getByRole("heading", { level: 1 }).first()).toHaveText(`Brouillon sans script ${organisation.name}`);
  await plain.getByRole("link", { name: "Supprimer le brouillon" }).click();
  await plain.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(plain.getByText("Brouillon supprimé.")).toBeVisible();
  expect((await plain.goto(`/admin/offres/${draft.id}/supprimer`))?.status()).toBe(404);
  await plain.context().close();
});

test("la page de confirmation n'existe pas pour une offre d'une autre organisation, ni pour qui ne fait que lire", async ({
  page,
}, testInfo) => {
  const [mine, theirs] = [await createOrganisation(testInfo), await createOrganisation(testInfo)];
  const foreign = await createDraft(testInfo, theirs.id, "Brouillon d'ailleurs");
  const readable = await createDraft(testInfo, mine.id, "Brouillon en lecture");
  await signIn(page, await createAccount(testInfo, "reader", [mine.id]));
  for (const id of [foreign.id, readable.id, "inconnu"]) expect((await page.goto(`/admin/offres/${id}/supprimer`))?.status()).toBe(404);
});

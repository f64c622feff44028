// A posting's team contacts, as a recruiter edits them: one per line in the editor, listed on
// the posting's admin page once saved.
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";
import { expect, test } from "./fixtures";

test("les contacts dans l'équipe s'écrivent un par ligne et s'affichent sur la page de l'offre", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre avec contacts ${organisation.name}`);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]), `/admin/offres/${draft.id}`);
  await expect(page.locator("html[data-fr-js='true']")).toHaveCount(1);

  const contacts = page.getByRole("textbox", { name: /Contacts dans l'équipe/ });
  await contacts.fill("prenom.nom\n\nautre@exemple.gouv.fr\nprenom.nom");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Modifications enregistrées.")).toBeVisible();

  await page.reload();
  await expect(page.getByText("Contacts dans l'équipe : prenom.nom, autre@exemple.gouv.fr")).toBeVisible();
  await expect(page.getByRole("textbox", { name: /Contacts dans l'équipe/ })).toHaveValue("prenom.nom\nautre@exemple.gouv.fr");
});

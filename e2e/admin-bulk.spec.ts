// The inbox's bulk actions, previous/next that keep the list's filters, the offers list's
// counts, and the confirmation before disabling a person: with the keyboard, without
// JavaScript, at a desktop's and a phone's width.
import type { Locator } from "@playwright/test";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";
import { waitForMail } from "./mailbox";

// DSFR draws checkboxes and radios on their labels, which take the pointer: check() is forced.

/** Tabs forward until `target` has the focus: the keyboard alone, no click. */
async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((element: Element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`jamais atteint au clavier : ${target}`);
}

/** An offer with `count` new applications, each to its own address; their last names in the inbox's order (newest first). */
async function offerWithApplications(testInfo: Parameters<typeof createOrganisation>[0], count: number) {
  const organisation = await createOrganisation(testInfo, "Équipe groupée");
  const posting = await createDraft(testInfo, organisation.id, `Offre groupée ${organisation.name}`);
  const names: string[] = [];
  for (let i = 0; i < count; i++) names.unshift((await createApplication(testInfo, posting.id)).lastName);
  return { organisation, posting, names };
}

const statusOf = (testInfo: Parameters<typeof createOrganisation>[0], lastName: string) =>
  withServerDatabase(testInfo, (db) => db.application.findFirstOrThrow({ where: { lastName }, select: { status: true } })).then(
    (a) => a.status,
  );

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`à ${viewport.width} px`, () => {
    test.use({ viewport });

    test("au clavier seul, une recruteuse coche deux candidatures et les passe à une étape ; le résultat prend le focus", async ({
      page,
    }, testInfo) => {
      const { organisation, posting, names } = await offerWithApplications(testInfo, 3);
      await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
      await page.goto(`/admin/candidatures?offre=${posting.id}`);
      for (const name of names.slice(0, 2)) {
        const box = page.getByRole("checkbox", { name: `Camille ${name}`, exact: true });
        await tabTo(page, box);
        await page.keyboard.press("Space");
        await expect(box).toBeChecked();
      }
      await tabTo(page, page.getByRole("combobox", { name: "Nouvelle étape" }));
      await page.keyboard.type("Entretien");
      await expect(page.getByRole("combobox", { name: "Nouvelle étape" })).toHaveValue("INTERVIEW");
      await tabTo(page, page.getByRole("button", { name: "Passer à l'étape" }));
      await page.screenshot({ path: `/tmp/bulk-inbox-${viewport.width}.png`, fullPage: true });
      await page.keyboard.press("Enter");
      const result = page.getByText("2 candidatures passées à « Entretien ».");
      await expect(result).toBeVisible();
      await expect(page.locator(":focus")).toContainText("2 candidatures passées à « Entretien ».");
      expect([await statusOf(testInfo, names[0]!), await statusOf(testInfo, names[1]!), await statusOf(testInfo, names[2]!)]).toEqual([
        "INTERVIEW",
        "INTERVIEW",
        "RECEIVED",
      ]);
      // The whole journey stays within the screen's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test("toutes les candidatures d'un filtre sont refusées après confirmation dans une fenêtre modale ; chacune reçoit son courriel", async ({
      page,
    }, testInfo) => {
      const { organisation, posting, names } = await offerWithApplications(testInfo, 3);
      await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
      await page.goto(`/admin/candidatures?offre=${posting.id}&statut=recue`);
      await page.getByLabel("Toutes les 3 candidatures correspondant aux filtres").check({ force: true });
      await page.getByRole("combobox", { name: "Motif du refus" }).selectOption({ label: "Poste pourvu" });
      await page.getByRole("button", { name: "Refuser…" }).click();
      const dialog = page.getByRole("dialog", { name: "Refuser ces candidatures ?" });
      await expect(dialog).toContainText("3 candidatures passeront à « Non retenue », motif « Poste pourvu »");
      await page.screenshot({ path: `/tmp/bulk-modal-${viewport.width}.png` });
      await dialog.getByRole("button", { name: "Confirmer le refus" }).click();
      await expect(page.getByText("3 candidatures refusées ; 3 courriels partent.")).toBeVisible();
      await expect(page.locator(":focus")).toContainText("3 candidatures refusées");
      for (const name of names) {
        expect(await statusOf(testInfo, name)).toBe("REJECTED");
        await waitForMail(`${name.toLowerCase()}@exemple.fr`, /Bonjour Camille,[\s\S]*Le poste vient d'être pourvu\./);
      }
    });
  });
}

test("une candidature changée depuis l'affichage fait refuser toute l'action, et rien ne change", async ({ page }, testInfo) => {
  const { organisation, posting, names } = await offerWithApplications(testInfo, 2);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
  await page.goto(`/admin/candidatures?offre=${posting.id}`);
  for (const name of names) await page.getByRole("checkbox", { name: `Camille ${name}`, exact: true }).check({ force: true });
  // A colleague moves one of them meanwhile.
  await withServerDatabase(testInfo, (db) => db.application.updateMany({ where: { lastName: names[1] }, data: { status: "OFFER" } }));

  await page.getByRole("combobox", { name: "Nouvelle étape" }).selectOption({ label: "Entretien" });
  await page.getByRole("button", { name: "Passer à l'étape" }).click();
  await expect(
    page.getByText("1 candidature a changé d'étape depuis l'affichage : rien n'a été modifié. Rechargez la liste."),
  ).toBeVisible();
  expect(await statusOf(testInfo, names[0]!)).toBe("RECEIVED");
  expect(await statusOf(testInfo, names[1]!)).toBe("OFFER");
});

test("sans JavaScript, un refus groupé passe par une page de confirmation qui montre le nombre et le motif", async ({
  page,
  browser,
}, testInfo) => {
  const { organisation, posting, names } = await offerWithApplications(testInfo, 2);
  const plain = await signInThenDisableJavaScript(page, browser, await createAccount(testInfo, "recruiter", [organisation.id]), testInfo);
  await plain.goto(`/admin/candidatures?offre=${posting.id}`);
  // Without JavaScript there is no header box: "the whole page" is a choice of the form.
  await expect(plain.getByRole("checkbox", { name: "Cocher toute la page" })).toHaveCount(0);
  await plain.getByLabel("Toutes celles de cette page (2 candidatures)").check({ force: true });
  await plain.getByRole("combobox", { name: "Motif du refus" }).selectOption({ label: "Profil ne correspondant pas au poste" });
  await plain.getByRole("button", { name: "Refuser…" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: "Refuser 2 candidatures ?" })).toBeVisible();
  await expect(plain.getByText("motif « Profil ne correspondant pas au poste »")).toBeVisible();
  await plain.screenshot({ path: "/tmp/bulk-confirmation-nojs.png", fullPage: true });
  await plain.getByRole("button", { name: "Confirmer le refus" }).click();
  await expect(plain.getByText("2 candidatures refusées ; 2 courriels partent.")).toBeVisible();
  expect(new URL(plain.url()).searchParams.get("offre")).toBe(posting.id);
  for (const name of names) expect(await statusOf(testInfo, name)).toBe("REJECTED");
  await plain.context().close();
});

test("précédente / suivante gardent les filtres de la liste, et le retour y ramène", async ({ page }, testInfo) => {
  const { organisation, posting, names } = await offerWithApplications(testInfo, 3);
  // Another offer's application of the same team: outside the filter, never reached.
  const other = await createDraft(testInfo, organisation.id, `Autre offre ${organisation.name}`);
  await createApplication(testInfo, other.id);
  await signIn(page, await createAccount(testInfo, "reader", [organisation.id]));
  await page.goto(`/admin/candidatures?offre=${posting.id}`);
  // A reader sees no bulk action.
  await expect(page.getByRole("button", { name: "Passer à l'étape" })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await page.getByRole("link", { name: `Camille ${names[0]}` }).click();
  await expect(page.getByText("1 sur 3")).toBeVisible();
  await expect(page.getByRole("link", { name: "Candidature précédente" })).toHaveCount(0);
  await page.getByRole("link", { name: "Candidature suivante" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Camille ${names[1]}`);
  await expect(page.getByText("2 sur 3")).toBeVisible();
  await page.getByRole("link", { name: "Candidature suivante" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Camille ${names[2]}`);
  await expect(page.getByRole("link", { name: "Candidature suivante" })).toHaveCount(0);
  await page.getByRole("link", { name: "Candidature précédente" }).click();
  await expect(page.getByText("2 sur 3")).toBeVisible();
  await page.getByRole("link", { name: "Retour à la liste" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/candidatures\\?offre=${posting.id}$`));
  // Sorted by candidate: previous/next follow the order chosen.
  await page.getByRole("link", { name: /^Candidat·e/ }).click();
  const sorted = [...names].sort();
  await page.getByRole("link", { name: `Camille ${sorted[0]}` }).click();
  await page.getByRole("link", { name: "Candidature suivante" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Camille ${sorted[1]}`);
  expect(new URL(page.url()).searchParams.get("tri")).toBe("candidat");
});

test("la liste des offres montre les candidatures nouvelles et le total, liés à la boîte filtrée", async ({ page }, testInfo) => {
  const { organisation, posting, names } = await offerWithApplications(testInfo, 3);
  await withServerDatabase(testInfo, (db) => db.application.updateMany({ where: { lastName: names[0] }, data: { status: "INTERVIEW" } }));
  await signIn(page, await createAccount(testInfo, "reader", [organisation.id]));
  await page.goto(`/admin/offres?organisation=${organisation.id}`);
  await page.getByRole("link", { name: "Candidatures : 2 nouvelles / 3" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/candidatures\\?offre=${posting.id}$`));
  await expect(page.getByText("3 candidatures avec ces filtres")).toBeVisible();
});

test("désactiver une personne demande confirmation dans une fenêtre modale", async ({ page }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const person = await createAccount(testInfo, "recruiter", [organisation.id]);
  await signIn(page, await createAccount(testInfo, "admin"));
  await page.goto(`/admin/utilisateurs/${person.id}`);
  await page.getByRole("button", { name: /^Désactiver le compte de/ }).click();
  const dialog = page.getByRole("dialog", { name: /^Désactiver le compte de/ });
  await expect(dialog).toContainText("ne pourra plus se connecter");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // The trigger ("Désactiver le compte de …") and the modal's own button.
  await page.getByRole("button", { name: /^Désactiver le compte de/ }).click();
  await dialog.getByRole("button", { name: "Désactiver le compte", exact: true }).click();
  await expect(page.getByText("Compte désactivé : ses sessions sont fermées.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Réactiver le compte" })).toBeVisible();
});

test("sans JavaScript, désactiver une personne passe par une page de confirmation", async ({ page, browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const second = await createAccount(testInfo, "recruiter", [organisation.id]);
  const admin = await createAccount(testInfo, "admin");
  const plain = await signInThenDisableJavaScript(page, browser, admin, testInfo);
  await plain.goto(`/admin/utilisateurs/${second.id}`);
  await plain.getByRole("link", { name: "Désactiver le compte" }).click();
  await expect(plain.getByRole("heading", { level: 1, name: /^Désactiver le compte de/ })).toBeVisible();
  await plain.getByRole("link", { name: "Annuler" }).click();
  await plain.getByRole("link", { name: "Désactiver le compte" }).click();
  await plain.getByRole("button", { name: "Désactiver le compte" }).click();
  await expect(plain.getByText("Compte désactivé : ses sessions sont fermées.")).toBeVisible();
  const disabled = await withServerDatabase(testInfo, (db) => db.user.findMany({ where: { id: second.id }, select: { disabledAt: true } }));
  expect(disabled.map((u) => u.disabledAt !== null)).toEqual([true]);
  await plain.context().close();
});

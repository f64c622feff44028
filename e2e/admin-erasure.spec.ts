// A recruiter erases a candidate at their request, from the application's page, with
// JavaScript off: a confirmation page, then nothing of the person is left.
import { expect, test } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signInThenDisableJavaScript } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";

test("une recruteuse efface une personne candidate sans JavaScript", async ({ page: signInPage, browser }, testInfo) => {
  const org = await createOrganisation(testInfo, "Équipe effacement");
  const posting = await createDraft(testInfo, org.id, "Offre de l'équipe effacement");
  const application = await createApplication(testInfo, posting.id);
  const email = `${application.lastName.toLowerCase()}@exemple.fr`;
  const account = await createAccount(testInfo, "recruiter", [org.id]);
  const page = await signInThenDisableJavaScript(signInPage, browser, account, testInfo);
  await page.goto(`/admin/candidatures/${application.id}`);

  await page.getByRole("link", { name: "Effacer cette personne candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Effacer Camille ${application.lastName}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText(`Offre de l'équipe effacement (${org.name})`)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("effacement.png"), fullPage: true });

  await page.getByRole("button", { name: "Effacer définitivement" }).click();
  await expect(page).toHaveURL(/\/admin\/candidatures\?effacees=1$/);
  await expect(page.getByText("Personne candidate effacée : 1 candidature")).toBeVisible();
  await expect(page.getByText(application.lastName)).toHaveCount(0);
  const left = await withServerDatabase(testInfo, async (db) => ({
    applications: await db.application.count({ where: { email } }),
    files: await db.applicationFile.count({ where: { applicationId: application.id } }),
    audit: await db.auditEvent.findMany({
      where: { action: "application.erase", actorId: account.id },
      select: { changes: true, subjectLabel: true },
    }),
  }));
  expect(left).toEqual({
    applications: 0,
    files: 0,
    audit: [{ changes: JSON.stringify({ candidatures: 1 }), subjectLabel: "Personne candidate effacée à sa demande" }],
  });

  const gone = await page.goto(`/admin/candidatures/${application.id}`);
  expect(gone?.status()).toBe(404);
  await expect(page.getByText(application.lastName)).toHaveCount(0);
});

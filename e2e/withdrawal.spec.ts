// A candidate applies, receives the acknowledgement through the test SMTP server, and
// withdraws the application with the personal link it carries.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { fillForm, uniqueEmail } from "./apply-form";
import { withServerDatabase } from "./database";
import { formPath, formPosting } from "./demo-postings";
import { waitForMail } from "./mailbox";

test("une candidate retire sa candidature avec le lien reçu par courriel", async ({ page, baseURL }, testInfo) => {
  const posting = formPosting();
  const email = uniqueEmail();
  await page.goto(formPath(posting));
  await fillForm(page, email);
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();

  const [link] = await waitForMail(email, new RegExp(`${baseURL}/candidature/retrait/[A-Za-z0-9_-]{43}`));
  const response = await page.goto(link);
  expect(response?.status()).toBe(200);
  // Personal: no shared cache may keep it, no search engine may index it.
  expect(response?.headers()["cache-control"]).toMatch(/no-store/);
  expect(response?.headers()["cache-control"]).not.toMatch(/public/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1, name: "Retirer votre candidature" })).toBeVisible();
  await expect(page.getByText(`au poste « ${posting.title} »`)).toBeVisible();
  await expect(page.getByText("votre CV (CV Camille.pdf)")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("retrait.png"), fullPage: true });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.getByRole("button", { name: "Retirer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est retirée" })).toBeVisible();
  const left = await withServerDatabase(testInfo, async (db) => ({
    applications: await db.application.count({ where: { email } }),
    mails: await db.outboxMail.count({ where: { to: email } }),
  }));
  expect(left).toEqual({ applications: 0, mails: 0 });

  // The link works once: then a calm page says why it no longer does.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien ne permet plus de retirer une candidature" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retirer ma candidature" })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("retrait-lien-use.png"), fullPage: true });
});

test("un lien de retrait inventé ne mène à rien", async ({ page }) => {
  await page.goto(`/candidature/retrait/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Ce lien ne permet plus de retirer une candidature" })).toBeVisible();
});

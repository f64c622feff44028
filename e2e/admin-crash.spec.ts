// The server killed outright (kill -9: no shutdown, no flush) the moment it has answered an
// application: once restarted, the application, its CV and its mails are all there, on each
// backend. The answer is the candidate's proof that the application was received.
import { createHash } from "node:crypto";
import { expect, test } from "./fixtures";
import { createDb } from "../lib/db/client";
import { fillForm, pdf, uniqueEmail } from "./apply-form";
import { formPath, formPosting } from "./demo-postings";
import { freshPortalDatabase } from "./fresh-database";
import { freePort, productionEnv, startPortal } from "./portal-process";

test.beforeEach(({}, testInfo) => {
  test.skip(!testInfo.project.name.endsWith("-admin"), "une fois par moteur de base de données");
});

test("kill -9 juste après la réponse à une candidature : au redémarrage, la candidature, son CV et ses courriels sont là", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const database = await freshPortalDatabase(testInfo, "arret_brutal");
  const port = await freePort();
  // No mail server: the acknowledgement stays in the outbox, where it must survive too.
  const env = productionEnv({ DATABASE_URL: database.url, SITE_URL: `http://127.0.0.1:${port}`, SMTP_URL: undefined });
  let portal = await startPortal(env, port);
  try {
    const email = uniqueEmail();
    await page.goto(portal.url + formPath(formPosting()));
    await fillForm(page, email);
    await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });

    // The moment the answer to the form reaches the browser, the server dies without a word.
    const answered = new Promise<number>((resolve) => {
      page.on("response", (response) => {
        if (response.request().method() !== "POST" || !response.url().endsWith("/envoi")) return;
        portal.server.kill("SIGKILL");
        resolve(response.status());
      });
    });
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
    // 303 to the confirmation page: the application is acknowledged.
    expect(await answered).toBe(303);
    await portal.stop();
    expect(portal.server.signalCode).toBe("SIGKILL");

    portal = await startPortal(env, port);
    const db = await createDb(database.url);
    try {
      const stored = await db.application.findFirst({ where: { email }, include: { cv: true, mails: true } });
      expect(stored).toMatchObject({ firstName: "Camille", lastName: "Martin", cv: { fileName: pdf.name, size: pdf.buffer.length } });
      expect(createHash("sha256").update(stored!.cv!.content).digest("hex")).toBe(createHash("sha256").update(pdf.buffer).digest("hex"));
      expect(stored!.mails.map((m) => m.to)).toContain(email);
    } finally {
      await db.$disconnect();
    }
    // And the restarted server shows the confirmation the candidate was on their way to.
    await page.goto(`${portal.url}${formPath(formPosting())}/envoyee`);
    await expect(page.getByRole("heading", { level: 1, name: "Votre candidature est envoyée" })).toBeVisible();
  } finally {
    await portal.stop();
    await database.remove();
  }
});

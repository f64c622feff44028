// The pool, used: a recruiter finds the candidates who agreed to stay in it by words of their
// message, picks one with the keyboard alone, proposes an open offer; the candidate reads the
// mail in the test mailbox, follows its link and withdraws the consent, and leaves the pool.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";
import { createApplication } from "./applications";
import { withServerDatabase } from "./database";
import { waitForMail } from "./mailbox";

async function expectNoViolation(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`)).toEqual([]);
}

/** Presses Tab until `target` has the focus (bounded), as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>) {
  for (let i = 0; i < 150; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("jamais atteint avec Tab");
}

const DAY = 86_400_000;

for (const [label, width, height] of [
  ["ordinateur", 1280, 900],
  ["téléphone", 390, 844],
] as const) {
  test(`vivier (${label}) : chercher par mots, choisir au clavier, proposer une offre, puis la personne retire son accord`, async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    const organisation = await createOrganisation(testInfo, "Vivier");
    const past = await createDraft(testInfo, organisation.id, `Designer ${organisation.name}`);
    const offer = await createDraft(testInfo, organisation.id, `Product owner ${organisation.name}`);
    await withServerDatabase(testInfo, (db) =>
      db.posting.updateMany({
        where: { id: { in: [past.id, offer.id] } },
        data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 40 * DAY), contactEmail: "equipe@vivier.gouv.fr" },
      }),
    );
    const lina = await createApplication(testInfo, past.id, undefined, {
      firstName: "Lina",
      message: "Dix ans d'expérience en Accessibilité numérique.",
      poolConsentAt: new Date(Date.now() - 20 * DAY),
    });
    const noah = await createApplication(testInfo, past.id, undefined, {
      firstName: "Noah",
      message: "Des données publiques, surtout.",
      poolConsentAt: new Date(Date.now() - 10 * DAY),
    });
    const withoutConsent = await createApplication(testInfo, past.id, undefined, {
      firstName: "Sans",
      message: "Accessibilité avant tout.",
    });
    const linaEmail = `${lina.lastName.toLowerCase()}@exemple.fr`;

    await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]));
    if (width >= 768) await page.getByRole("link", { name: "Vivier", exact: true }).click();
    else await page.goto("/admin/vivier");
    await expect(page.getByRole("heading", { level: 1, name: "Vivier" })).toBeVisible();
    await expect(page.getByText("2 personnes dans le vivier.")).toBeVisible();
    await expect(page.getByText(withoutConsent.lastName)).toHaveCount(0);

    // Words of the message, accents and case aside; the filter is kept in the address.
    await page.getByRole("searchbox", { name: "Mots de leur message" }).fill("ACCESSIBILITE numer");
    await page.getByRole("searchbox", { name: "Mots de leur message" }).press("Enter");
    await expect(page).toHaveURL(/[?&]q=ACCESSIBILITE\+numer/);
    await expect(page.getByText("1 personne dans le vivier avec ces filtres.")).toBeVisible();
    await expect(page.getByText(noah.lastName)).toHaveCount(0);
    await page.screenshot({ path: `/tmp/pool-vivier-${width}.png`, fullPage: true });
    await expectNoViolation(page);

    // The keyboard alone: Tab to the candidate, Space to tick, the offer by typing its title, Enter.
    const box = page.getByRole("checkbox", { name: `Lina ${lina.lastName}` });
    await tabTo(page, box);
    await page.keyboard.press("Space");
    await expect(box).toBeChecked();
    const select = page.getByRole("combobox", { name: /Offre à proposer/ });
    await tabTo(page, select);
    // Typing the start of its title picks the offer, as in any list box.
    await page.keyboard.type("Product");
    await expect(select).toHaveValue(offer.id);
    await tabTo(page, page.getByRole("button", { name: "Proposer l'offre…" }));
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: `Proposer « Product owner ${organisation.name} »` })).toBeVisible();
    await expect(page.getByText("1 personne va recevoir cette offre")).toBeVisible();
    await expectNoViolation(page);
    await page.screenshot({ path: `/tmp/pool-proposer-${width}.png`, fullPage: true });
    await tabTo(page, page.getByRole("button", { name: "Envoyer l'offre à 1 personne" }));
    await page.keyboard.press("Enter");
    const answer = page.getByText("1 personne contactée.");
    await expect(answer).toBeVisible();
    // The answer takes the focus; the button is gone, as she has the offer now.
    await expect(page.locator(":focus")).toContainText("1 personne contactée.");
    await expect(page.getByRole("button", { name: /Envoyer l'offre/ })).toHaveCount(0);
    await page.screenshot({ path: `/tmp/pool-envoye-${width}.png`, fullPage: true });

    // Proposed again to all who match: she is not sent it twice.
    await page.goto(`/admin/vivier/proposer?proposer=${offer.id}&portee=tous&q=accessibilite`);
    await expect(page.getByText("Toutes les personnes choisies ont déjà reçu cette offre.")).toBeVisible();
    await expect(page.getByText("1 personne l'a déjà reçue : elle ne la recevra pas une seconde fois.")).toBeVisible();

    // The candidate's mail: the offer, its link, why, and the link to withdraw.
    const [text] = await waitForMail(linaEmail, /Bonjour Lina,[\s\S]+/);
    expect(text).toContain(`« Product owner ${organisation.name} »`);
    expect(text).toContain(`${baseURL}/offres/${offer.slug}`);
    expect(text).toContain(`en candidatant au poste « Designer ${organisation.name} », vous avez accepté`);
    const link = new RegExp(`${baseURL}/candidature/vivier/retrait/[A-Za-z0-9_-]{43}`).exec(text)![0];

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Retirer votre accord pour le vivier" })).toBeVisible();
    await page.screenshot({ path: `/tmp/pool-retrait-${width}.png`, fullPage: true });
    await tabTo(page, page.getByRole("button", { name: "Retirer mon accord" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Vous ne faites plus partie du vivier" })).toBeVisible();
    await page.screenshot({ path: `/tmp/pool-retire-${width}.png`, fullPage: true });

    await page.goto("/admin/vivier");
    await expect(page.getByText("1 personne dans le vivier.")).toBeVisible();
    await expect(page.getByText(lina.lastName)).toHaveCount(0);
    await expect(page.getByRole("checkbox", { name: `Noah ${noah.lastName}` })).toBeVisible();
  });
}

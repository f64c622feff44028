import { expect, type Page, test } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";
import { createApplication } from "./applications";

/** How far the table of the page reaches past its frame, and the page past the window (0: all visible). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const container = document.querySelector(".fr-table__container");
    return {
      table: container ? container.scrollWidth - container.clientWidth : 0,
      page: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

for (const width of [1280, 390]) {
  test(`à ${width} px, chaque colonne des listes d'administration est visible sans défilement horizontal`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const organisation = await createOrganisation(testInfo, "Équipe aux intitulés interminables");
    const draft = await createDraft(
      testInfo,
      organisation.id,
      // A long word without a space (an address, an identifier) as the journal may hold.
      `Développeur ou développeuse full-stack confirmé·e pour https://demarches.numerique.gouv.fr/plateforme-nationale-des-demarches-simplifiees ${organisation.name}`,
    );
    await createApplication(testInfo, draft.id);
    const member = await createAccount(testInfo, "recruiter", [organisation.id]);
    await signIn(page, await createAccount(testInfo, "admin"));
    // An export writes a long detail to the journal: its filters, the offer's title.
    await page.request.get(`/admin/candidatures/export?format=csv&offre=${draft.id}`);
    for (const [path, lastColumn] of [
      ["/admin/offres", "Modifiée le"],
      ["/admin/candidatures", "Étape"],
      ["/admin/utilisateurs", "État"],
      ["/admin/journal", "Détail"],
      [`/admin/utilisateurs/${member.id}`, "Retrait"],
    ] as const) {
      await page.goto(path);
      await test.step(path, async () => {
        const header = page.getByRole("columnheader", { name: lastColumn });
        // On a phone the header is for screen readers; each value shows its column's name.
        if (width > 768) await expect(header).toBeVisible();
        else await expect(header).toHaveCount(1);
        expect(await overflow(page)).toEqual({ table: 0, page: 0 });
      });
      await page.screenshot({ path: testInfo.outputPath(`${path.replaceAll("/", "_")}-${width}.png`), fullPage: true });
    }
    // The person's page keeps its last button within the screen.
    const disable = page.getByRole("button", { name: /^Désactiver le compte/ });
    const box = await disable.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(width);
  });
}

import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn, signInThenDisableJavaScript } from "./accounts";

// A body long enough for the preview to scroll: paragraph n starts on line 2n - 1.
const LONG_BODY = Array.from({ length: 30 }, (_, i) => `Paragraphe numéro ${i + 1} de l'offre, assez long pour prendre sa place.`).join(
  "\n\n",
);

/** Waits for the page to be hydrated (DSFR's script starts then): what is typed before may be lost, and nothing follows it. */
async function hydrated(page: Page) {
  await expect(page.locator("html[data-fr-js='true']")).toHaveCount(1);
}

async function openDraft(page: Page, testInfo: Parameters<typeof createOrganisation>[0], width: number) {
  await page.setViewportSize({ width, height: 844 });
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre en rédaction ${organisation.name}`);
  await signIn(page, await createAccount(testInfo, "recruiter", [organisation.id]), `/admin/offres/${draft.id}`);
  await hydrated(page);
  return draft;
}

const preview = (page: Page) => page.getByRole("region", { name: "Aperçu, tel que les candidats le verront" });
const body = (page: Page) => page.getByRole("textbox", { name: /Texte de l'offre/ });

/** Puts the caret at the start of `text` in the body, as a click would, and moves it once with the keyboard. */
async function caretAt(page: Page, text: string) {
  await body(page).evaluate((area: HTMLTextAreaElement, at) => {
    area.focus();
    const index = area.value.indexOf(at);
    area.setSelectionRange(index, index);
  }, text);
  await page.keyboard.press("ArrowRight");
}

test("à 1280 px, l'aperçu se tient à côté du formulaire, reste en vue et suit le curseur", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openDraft(page, testInfo, 1280);
  await expect(page.getByRole("tablist")).toHaveCount(0);
  const form = page.getByRole("group", { name: "L'offre" });
  const [formBox, previewBox] = [await form.boundingBox(), await preview(page).boundingBox()];
  expect(previewBox!.x).toBeGreaterThan(formBox!.x + formBox!.width - 1);

  await body(page).fill(LONG_BODY);
  // Typing at the bottom of the form: the preview is still in view, beside it.
  await expect(body(page)).toBeInViewport();
  await expect(preview(page)).toBeInViewport({ ratio: 0.9 });

  await caretAt(page, "Paragraphe numéro 27 ");
  const paragraph27 = preview(page).getByText("Paragraphe numéro 27 de l'offre");
  await expect(paragraph27).toHaveAttribute("data-preview-current", "");
  await expect(paragraph27).toBeInViewport();
  await expect(preview(page).getByText("Paragraphe numéro 2 de l'offre")).not.toBeInViewport();

  await caretAt(page, "Paragraphe numéro 3 ");
  const paragraph3 = preview(page).getByText("Paragraphe numéro 3 de l'offre");
  await expect(paragraph3).toHaveAttribute("data-preview-current", "");
  await expect(paragraph3).toBeInViewport();
  await expect(paragraph27).not.toHaveAttribute("data-preview-current");

  // Another field: the part of the posting drawn from it comes into view.
  await body(page).fill(`${LONG_BODY}\n\nFin.`);
  await caretAt(page, "Fin.");
  await page.getByRole("textbox", { name: "Intitulé du poste" }).fill("Développeuse ou développeur");
  const title = preview(page).getByRole("heading", { level: 1, name: "Développeuse ou développeur" });
  await expect(title).toBeInViewport();
  await expect(title).toHaveAttribute("data-preview-current", "");
  await page.screenshot({ path: "/tmp/editor-1280.png" });
});

test("rien dans l'aperçu ne mène ailleurs : ni le bouton « Candidater », ni les liens du texte", async ({ page }, testInfo) => {
  await openDraft(page, testInfo, 1280);
  await body(page).fill('Voir [le site de l\'équipe](https://example.org/equipe) ou <a href="/admin">la page</a>.');
  await page.getByRole("textbox", { name: "Adresse de contact" }).fill("equipe@exemple.gouv.fr");
  const url = page.url();
  const frame = preview(page);
  await expect(frame.getByText("Candidater à cette offre")).toBeVisible();
  // No link and no button: nothing there is a tab stop leading anywhere.
  await expect(frame.getByRole("link")).toHaveCount(0);
  await expect(frame.getByRole("button")).toHaveCount(0);
  // The keyboard goes from the preview's frame (focusable, so that it scrolls) straight out of it.
  await frame.locator("[tabindex='0']").focus();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("section")?.getAttribute("aria-labelledby") ?? null)).not.toBe(
    "apercu-titre",
  );
  for (const text of ["Candidater à cette offre", "le site de l'équipe", "la page", "equipe@exemple.gouv.fr"]) {
    await frame.getByText(text, { exact: true }).click();
    await expect(page).toHaveURL(url);
  }
});

test("quitter avec des modifications non enregistrées demande d'abord ; après l'enregistrement, plus rien", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const draft = await openDraft(page, testInfo, 1280);
  const offersLink = page.getByRole("navigation").getByRole("link", { name: "Offres", exact: true });
  const team = page.getByRole("textbox", { name: "Équipe", exact: true });
  const asked: string[] = [];
  let answer: "accept" | "dismiss" = "dismiss";
  page.on("dialog", (dialog) => {
    asked.push(dialog.type() === "beforeunload" ? "beforeunload" : dialog.message());
    return answer === "accept" ? dialog.accept() : dialog.dismiss();
  });

  // Untouched: the link leads away without a question.
  await offersLink.click();
  await expect(page).toHaveURL(/\/admin\/offres$/);
  expect(asked).toEqual([]);
  await page.goto(`/admin/offres/${draft.id}`);
  await hydrated(page);

  await team.click();
  await team.fill("Produit");
  await offersLink.click();
  await expect.poll(() => asked).toEqual(["Vos modifications ne sont pas enregistrées. Quitter la page et les perdre ?"]);
  await expect(page).toHaveURL(new RegExp(`/admin/offres/${draft.id}$`));
  await expect(team).toHaveValue("Produit");

  // A reload or closing the tab gets the browser's own question.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked.at(-1)).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);
  await expect(team).toHaveValue("Produit");

  // Said yes: the link leads away.
  answer = "accept";
  await offersLink.click();
  await expect(page).toHaveURL(/\/admin\/offres$/);
  expect(asked).toHaveLength(3);

  // Saved: nothing to lose, nothing asked.
  await page.goto(`/admin/offres/${draft.id}`);
  await hydrated(page);
  await team.fill("Produit et design");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByText("Modifications enregistrées.")).toBeVisible();
  await offersLink.click();
  await expect(page).toHaveURL(/\/admin\/offres$/);
  expect(asked).toHaveLength(3);
});

test("à 390 px, le formulaire et l'aperçu sont deux onglets, au clavier aussi", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openDraft(page, testInfo, 390);
  const tabs = page.getByRole("tablist", { name: "Rédaction de l'offre" });
  const edit = tabs.getByRole("tab", { name: "Modifier" });
  const look = tabs.getByRole("tab", { name: "Aperçu" });
  await expect(edit).toHaveAttribute("aria-selected", "true");
  await expect(preview(page)).toBeHidden();
  await tabs.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/editor-390-tabs.png" });

  await page.getByRole("textbox", { name: "Intitulé du poste" }).fill("Designer de services");
  await body(page).fill(LONG_BODY);
  await caretAt(page, "Paragraphe numéro 20 ");
  await page.screenshot({ path: "/tmp/editor-390-form.png" });
  await look.click();
  await expect(look).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Aperçu" })).toBeVisible();
  await expect(page.getByRole("group", { name: "L'offre" })).toBeHidden();
  await expect(preview(page).getByRole("heading", { level: 1, name: "Designer de services" })).toBeAttached();
  // It opens where the caret was.
  await expect(preview(page).getByText("Paragraphe numéro 20 de l'offre")).toBeInViewport();
  await page.screenshot({ path: "/tmp/editor-390-preview.png" });

  // The keys of a tab list: the arrows move between the tabs, and only the selected one is a tab stop.
  await look.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(edit).toBeFocused();
  await expect(edit).toHaveAttribute("aria-selected", "true");
  await expect(look).toHaveAttribute("tabindex", "-1");
  await expect(page.getByRole("textbox", { name: "Intitulé du poste" })).toHaveValue("Designer de services");
  await page.keyboard.press("End");
  await expect(look).toBeFocused();
  await page.keyboard.press("Home");
  await expect(edit).toBeFocused();

  // Saving from the form's tab: the answer takes the focus, as on a wide screen.
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." }).locator("[tabindex='-1']")).toBeFocused();
});

test("sans JavaScript, le formulaire enregistre et dit où voir l'aperçu", async ({ page, browser }, testInfo) => {
  const organisation = await createOrganisation(testInfo);
  const draft = await createDraft(testInfo, organisation.id, `Offre sans script ${organisation.name}`);
  const account = await createAccount(testInfo, "recruiter", [organisation.id]);
  const noScript = await signInThenDisableJavaScript(page, browser, account, testInfo);
  await noScript.goto(`/admin/offres/${draft.id}`);
  await expect(noScript.getByText(/Sans JavaScript, cet aperçu montre l'offre telle qu'elle a été chargée/)).toBeVisible();
  await noScript.getByRole("textbox", { name: "Équipe", exact: true }).fill("Équipe sans script");
  await noScript.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await expect(noScript.getByText("Modifications enregistrées.")).toBeVisible();
  await noScript.getByRole("link", { name: "Aperçu de la version enregistrée" }).click();
  await expect(noScript.getByText("Équipe sans script")).toBeVisible();
  await expect(noScript.getByText("Candidater à cette offre")).toBeVisible();
  await expect(noScript.getByRole("main").getByRole("link", { name: /Candidater/ })).toHaveCount(0);
  await noScript.context().close();
});

import { expect, test } from "./fixtures";
import { normaliseTitle } from "../lib/markdown/heading-levels";
import { closedPosting, externalPosting, filledPosting, newestOpenPosting, openPostings, postingPath } from "./demo-postings";
import { formatDate } from "../lib/dates/paris";
import { contractLabel } from "../lib/postings/labels";

test("l'accueil liste les offres ouvertes, les plus récentes d'abord, avec leurs faits", async ({ page }) => {
  const expected = openPostings().slice(0, 12);
  await page.goto("/");
  await expect(page.getByText(`${openPostings().length} offres ouvertes`)).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(expected.map((p) => p.title));

  for (const posting of expected) {
    const card = page.locator(".fr-card").filter({ has: page.getByRole("link", { name: posting.title, exact: true }) });
    await expect(card).toContainText(posting.organisation!.name);
    const contract = contractLabel(posting.contractType);
    if (contract) await expect(card).toContainText(contract);
    if (posting.location) await expect(card).toContainText(posting.location);
    if (posting.publishedAt) await expect(card).toContainText(`Publiée le ${formatDate(posting.publishedAt)}`);
  }
});

test("un visiteur voit les offres ouvertes et en ouvre une", async ({ page }) => {
  const posting = newestOpenPosting();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Rejoindre les équipes numériques de l'État" })).toBeVisible();
  await expect(page.getByText(/^\d+ offres? ouvertes?/)).toBeVisible();

  await page.getByRole("link", { name: posting.title, exact: true }).click();
  await expect(page).toHaveURL(postingPath(posting));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(posting.title);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);

  const facts = page.getByRole("complementary", { name: "Résumé de l'offre" });
  await expect(facts.getByRole("heading", { name: "L'offre en bref" })).toBeVisible();
  await expect(facts.getByText("Organisation", { exact: true })).toBeVisible();
  await expect(facts.getByText(posting.organisation!.name, { exact: false }).first()).toBeVisible();
  await expect(facts.getByRole("heading", { name: "Candidater" })).toBeVisible();

  // The body is rendered: its first section heading (renumbered under the h1) and its prose.
  const heading = posting.body.match(/^#{1,6}\s+(.+)$/m)?.[1]?.trim();
  if (heading && normaliseTitle(heading) !== normaliseTitle(posting.title)) {
    await expect(page.getByRole("main").getByRole("heading", { name: heading })).toBeVisible();
  }
  const prose = posting.body
    .split("\n")
    .map((line) => line.trim())
    .find((line) => /^[A-ZÀ-Ý][\p{L}\s',.-]{20,}/u.test(line));
  expect(prose, "le corps de l'offre de démonstration n'a pas de texte simple").toBeDefined();
  await expect(page.getByText(prose!.slice(0, 30)).first()).toBeVisible();
});

test("une offre clôturée le dit et ne propose pas de candidater", async ({ page }) => {
  const posting = closedPosting();
  await page.goto(postingPath(posting));
  await expect(page.getByRole("heading", { name: "Cette offre est clôturée" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Candidater" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Candidater/ })).toHaveCount(0);
});

test("une offre pourvue le dit", async ({ page }) => {
  await page.goto(postingPath(filledPosting()));
  await expect(page.getByRole("heading", { name: "Cette offre est pourvue" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Candidater/ })).toHaveCount(0);
});

test("une offre avec un site de candidature y renvoie", async ({ page }) => {
  const posting = externalPosting();
  await page.goto(postingPath(posting));
  const apply = page.getByRole("link", { name: "Candidater sur le site de l'équipe" });
  await expect(apply).toHaveAttribute("href", posting.externalUrl!);
  await expect(apply).toHaveAttribute("rel", /noopener/);
});

test("les offres clôturées n'apparaissent pas dans la liste", async ({ page }) => {
  const hidden = [closedPosting(), filledPosting()].map(postingPath);
  for (let n = 1; ; n++) {
    const response = await page.goto(n === 1 ? "/" : `/?page=${n}`);
    if (response?.status() === 404) break;
    const hrefs = await page.locator("main a[href^='/offres/']").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const path of hidden) expect(hrefs).not.toContain(path);
    if (n > 50) throw new Error("la pagination ne s'arrête pas");
  }
});

test("une adresse inconnue donne la page 404 en français", async ({ page }) => {
  const response = await page.goto("/offres/cette-offre-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page non trouvée" })).toBeVisible();
  await page.getByRole("link", { name: "Voir les offres d'emploi" }).click();
  await expect(page).toHaveURL("/");
});

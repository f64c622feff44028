// The old addresses of imported postings (`redirect_from`) as a visitor's browser and a search
// engine meet them: a permanent 301 to the posting's page; any other unknown path, the 404 page.
import { demoPostings } from "./demo-postings";
import { expect, test } from "./fixtures";

const withOldAddress = () => {
  const posting = demoPostings().find((p) => p.redirectFrom.length > 0);
  if (!posting) throw new Error("aucune offre de démonstration n'a d'ancienne adresse (redirect_from)");
  return { slug: posting.slug, title: posting.title, oldPath: posting.redirectFrom[0]! };
};

test("une ancienne adresse d'offre renvoie définitivement (301) vers la page de l'offre", async ({ request, page }) => {
  const { slug, title, oldPath } = withOldAddress();
  const response = await request.get(oldPath, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location!, "http://x").pathname).toBe(`/offres/${slug}`);

  await page.goto(oldPath);
  await expect(page).toHaveURL(new RegExp(`/offres/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

test("une adresse inconnue garde la page 404 du site", async ({ request, page }) => {
  const response = await request.get("/recrutement/2019/01/01/offre-qui-n-a-jamais-existe.html", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
  await page.goto("/recrutement/2019/01/01/offre-qui-n-a-jamais-existe.html");
  await expect(page.getByRole("heading", { name: "Page non trouvée" })).toBeVisible();
});

import { expect, test } from "./fixtures";
import Parser from "rss-parser";
import { closedPosting, newestOpenPosting, openPostings, postingPath } from "./demo-postings";

test("une offre ouverte porte son JobPosting JSON-LD, son adresse canonique et ses balises OpenGraph", async ({ page, baseURL }) => {
  // The servers under test are given SITE_URL = their own address.
  const posting = newestOpenPosting();
  await page.goto(postingPath(posting));
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]!);
  expect(data).toMatchObject({ "@context": "https://schema.org", "@type": "JobPosting", title: posting.title });
  for (const field of ["description", "datePosted", "hiringOrganization"]) expect(data, field).toHaveProperty(field);
  expect(data.jobLocation ?? data.jobLocationType).toBeTruthy();

  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toBe(`${baseURL}${postingPath(posting)}`);
  expect(data.url).toBe(canonical);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", posting.title);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical!);
});

test("une offre clôturée n'a pas de JSON-LD et n'est pas indexée", async ({ page }) => {
  await page.goto(postingPath(closedPosting()));
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("le flux Atom des offres ouvertes se lit avec un lecteur de flux, et l'accueil le signale", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  const response = await request.get(new URL(href!, "http://x").pathname);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const feed = await new Parser().parseString(await response.text());
  expect(feed.items.map((item) => item.title)).toEqual(
    openPostings()
      .slice(0, 50)
      .map((p) => p.title),
  );
});

test("sitemap.xml liste les offres ouvertes et robots.txt l'annonce", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toMatch(/\/sitemap\.xml$/);
  const sitemap = await (await request.get(new URL(sitemapUrl!).pathname)).text();
  for (const posting of openPostings()) expect(sitemap).toContain(`${postingPath(posting)}</loc>`);
  expect(sitemap).not.toContain(`${postingPath(closedPosting())}</loc>`);
});

test("l'accueil sans filtre est servi depuis le cache, une recherche est calculée à chaque fois", async ({ request }) => {
  await request.get("/");
  expect((await request.get("/")).headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
  const search = await request.get("/?q=data");
  expect(search.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(search.headers()["cache-control"]).toContain("no-store");
});

test("l'API publique répond avec les mêmes filtres que la page", async ({ request }) => {
  const body = await (await request.get("/api/v1/offres?contrat=freelance&q=developpeur")).json();
  expect(body.items.map((p: { title: string }) => p.title)).toContain(
    openPostings().find((p) => p.slug === "developpeuse-full-stack-toit-commun")!.title,
  );
  const openapi = await (await request.get("/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
});

// Every kind of response carries the security headers, and the pages run under their
// Content-Security-Policy without a single violation (docs/decisions/0009).
import { expect, test, type Page } from "./fixtures";
import { createAccount, createDraft, createOrganisation, signIn } from "./accounts";
import { createApplication } from "./applications";
import { formPath, formPosting, newestOpenPosting, postingPath } from "./demo-postings";

// One line per route: adding a route to the check is adding a line.
// `cv` is an application made for the run, whose CV the signed-in admin downloads.
type Made = { cv: string };
const ROUTES: { label: string; path: (made: Made) => string; signedIn?: boolean }[] = [
  { label: "accueil (en cache)", path: () => "/" },
  { label: "offre (en cache)", path: () => postingPath(newestOpenPosting()) },
  { label: "formulaire de candidature", path: () => formPath(formPosting()) },
  { label: "connexion", path: () => "/admin/connexion" },
  { label: "page d'administration", path: () => "/admin/offres", signedIn: true },
  { label: "flux Atom (téléchargement)", path: () => "/flux/offres.atom" },
  { label: "sitemap", path: () => "/sitemap.xml" },
  { label: "API JSON", path: () => "/api/v1/offres" },
  { label: "CV (téléchargement)", path: (made) => `/admin/candidatures/${made.cv}/cv`, signedIn: true },
  { label: "export CSV (téléchargement)", path: () => "/admin/candidatures/export?format=csv&separateur=virgule", signedIn: true },
  { label: "export xlsx (téléchargement)", path: () => "/admin/candidatures/export?format=xlsx", signedIn: true },
  { label: "export des CV (ZIP)", path: () => "/admin/candidatures/export?format=cv", signedIn: true },
  { label: "page introuvable", path: () => "/nulle-part" },
];

test("chaque réponse porte les en-têtes de sécurité", async ({ page }, testInfo) => {
  await signIn(page, await createAccount(testInfo, "admin"));
  const organisation = await createOrganisation(testInfo);
  const made: Made = {
    cv: (await createApplication(testInfo, (await createDraft(testInfo, organisation.id, `En-têtes ${organisation.name}`)).id)).id,
  };
  const anonymous = await page.context().browser()!.newContext({ baseURL: testInfo.project.use.baseURL });
  for (const route of ROUTES) {
    const client = route.signedIn ? page.request : anonymous.request;
    const response = await client.get(route.path(made), { maxRedirects: 0 });
    const headers = response.headers();
    const where = `${route.label} (${route.path(made)})`;
    expect(response.status(), where).toBeLessThan(route.label === "page introuvable" ? 500 : 400);
    const policy = headers["content-security-policy"] ?? "";
    const download = route.path(made).startsWith("/admin/candidatures/");
    if (download) {
      // A file keeps its own policy: nothing in it runs, loads or submits anything.
      expect(policy, where).toBe("default-src 'none'; sandbox");
    } else {
      expect(policy, where).toContain("frame-ancestors 'none'");
      expect(policy, where).toContain("object-src 'none'");
      expect(policy, where).toMatch(/script-src /);
    }
    expect(policy, where).not.toContain("unsafe-eval");
    expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], where).toBe("nosniff");
    expect(headers["permissions-policy"], where).toContain("camera=()");
    expect(headers["x-request-id"], where).toMatch(/^[\w.:-]+$/);
    // The suite serves plain http, without a trusted proxy: no HSTS (lib/http tests the https side).
    expect(headers["strict-transport-security"], where).toBeUndefined();
    // Private downloads: never rendered inline, never kept by a cache.
    if (download) {
      expect(headers["content-disposition"], where).toMatch(/^attachment;/);
      expect(headers["cache-control"], where).toBe("private, no-store");
    }
  }
  await anonymous.close();
});

test("les pages rendues à chaque requête n'exécutent que les scripts de leur nonce", async ({ request }) => {
  const first = (await request.get("/admin/connexion")).headers()["content-security-policy"] ?? "";
  const second = (await request.get("/admin/connexion")).headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(first)?.[1];
  expect(nonce).toBeTruthy();
  const scripts = first.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
  expect(scripts).toContain("'strict-dynamic'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(second).not.toContain(nonce!);
  const html = await (await request.get("/admin/connexion")).text();
  expect(html).toMatch(/<script[^>]* nonce="[^"]+"/);
});

/** Collects the policy violations the browser reports on a page, and its console errors. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

async function violationsOn(page: Page, seen: string[]): Promise<string[]> {
  const fromPage = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
  return [...seen, ...fromPage];
}

test("aucune violation de la politique sur les pages publiques, le formulaire et l'administration", async ({ page }, testInfo) => {
  const seen = await watchViolations(page);
  const checks: [string, () => Promise<void>][] = [
    ["/", async () => {}],
    [postingPath(newestOpenPosting()), async () => {}],
    // The proof of work runs in a worker: its value proves scripts and worker ran.
    [formPath(formPosting()), () => expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 })],
    ["/admin/connexion", async () => {}],
  ];
  for (const [path, ranScripts] of checks) {
    await page.goto(path);
    await ranScripts();
    // DSFR's script marks the document once it has started: scripts did run.
    await expect(page.locator("html[data-fr-js='true']"), path).toHaveCount(1);
    expect(await violationsOn(page, seen), path).toEqual([]);
  }
  await signIn(page, await createAccount(testInfo, "admin"), "/admin/offres");
  await expect(page.locator("html[data-fr-js='true']")).toHaveCount(1);
  expect(await violationsOn(page, seen), "/admin/offres").toEqual([]);
});

// A PostgreSQL outage as a visitor lives it: the portal's own server, its database reached
// through a relay the spec cuts (refused, then silent) and restores. Pages answer a French 503
// within 5 seconds, the process stays up, and service resumes by itself.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { createDb } from "../lib/db/client";
import { fillForm, uniqueEmail } from "./apply-form";
import { formPath, formPosting, postingPath } from "./demo-postings";
import { freshPortalDatabase, type FreshDatabase } from "./fresh-database";
import { freePort, productionEnv, startPortal, type PortalProcess } from "./portal-process";
import { startTcpRelay, type Outage, type TcpRelay } from "./tcp-relay";

test.describe.configure({ mode: "serial" });

let database: FreshDatabase;
let relay: TcpRelay;
let portal: PortalProcess;

test.beforeAll(async ({}, testInfo) => {
  // Only PostgreSQL is reached over a network; SQLite is a file of the process itself.
  test.skip(testInfo.project.name !== "postgresql-admin", "PostgreSQL seulement");
  test.setTimeout(180_000);
  database = await freshPortalDatabase(testInfo, "panne");
  const server = new URL(database.url);
  relay = await startTcpRelay({ host: server.hostname, port: Number(server.port || 5432) });
  const relayed = new URL(database.url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(relay.port);
  const port = await freePort();
  portal = await startPortal(productionEnv({ DATABASE_URL: relayed.toString(), SITE_URL: `http://127.0.0.1:${port}` }), port);
});

test.afterAll(async () => {
  await portal?.stop();
  await relay?.close();
  await database?.remove();
});

/** Requests `path` until it answers `status`, each answer within 5 s; returns the time taken. */
async function untilStatus(path: string, status: number, withinMs: number): Promise<number> {
  const started = Date.now();
  let last: number | undefined;
  while (Date.now() - started < withinMs) {
    const asked = Date.now();
    const response = await fetch(portal.url + path, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    expect(Date.now() - asked, `${path} a répondu ${response.status} en plus de 5 s`).toBeLessThan(5000);
    last = response.status;
    if (last === status) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${path} répond encore ${last} après ${withinMs} ms`);
}

async function expectUnavailablePage(page: Page, path: string) {
  const response = await page.goto(portal.url + path);
  expect(response!.status()).toBe(503);
  expect(response!.headers()["retry-after"]).toBe("30");
  expect(response!.headers()["cache-control"]).toBe("no-store");
  expect(response!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
  await expect(page.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", path);
  expect(await page.content()).not.toMatch(/ECONNREFUSED|prisma|postgres|délai|timeout/i);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const outage of ["refused", "silent"] as Outage[]) {
  test(`base injoignable (${outage === "refused" ? "connexions refusées" : "réseau muet"}) : une 503 en français en moins de 5 s, puis le service reprend seul`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    const offer = postingPath(formPosting());
    expect((await fetch(portal.url + offer)).status).toBe(200);

    await relay.cut(outage);
    // From the cut, a visitor waits at most 5 s for an answer, and soon that answer is the 503.
    expect(await untilStatus("/", 503, 10_000)).toBeLessThan(10_000);
    await expectUnavailablePage(page, offer);
    await page.screenshot({ path: testInfo.outputPath(`503-${outage}.png`), fullPage: true });
    const api = await fetch(`${portal.url}/api/v1/offres`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ erreur: expect.stringMatching(/indisponible/) });

    // The process is up all along: liveness says so, readiness says the database is away.
    expect((await fetch(`${portal.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${portal.url}/api/health/ready`)).status).toBe(503);
    expect(portal.server.exitCode).toBeNull();

    await relay.restore();
    await untilStatus(offer, 200, 15_000);
    await untilStatus("/", 200, 5_000);
    expect((await fetch(`${portal.url}/api/health/ready`)).status).toBe(200);

    // The outage and the return are in the structured log, once each per outage.
    const events = portal
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { event?: string })
      .map((entry) => entry.event)
      .filter((event) => event?.startsWith("database."));
    expect(events.at(-2)).toBe("database.unreachable");
    expect(events.at(-1)).toBe("database.reachable");
  });
}

test("une candidature envoyée pendant la panne : la 503 dit qu'elle n'est pas enregistrée, et la renvoyer après marche", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail();
  const form = portal.url + formPath(formPosting());
  await page.goto(form);
  await fillForm(page, email);
  await expect(page.locator("input[name=altcha]")).not.toHaveValue("", { timeout: 30_000 });

  await relay.cut("refused");
  await untilStatus("/", 503, 10_000);
  await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service momentanément indisponible");
  await expect(page.getByText("Ce que vous envoyiez n'a pas été enregistré.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Réessayer" })).toHaveAttribute("href", formPath(formPosting()));

  await relay.restore();
  await untilStatus("/", 200, 15_000);
  const db = await createDb(database.url);
  try {
    expect(await db.application.count({ where: { email } })).toBe(0);
  } finally {
    await db.$disconnect();
  }
  await page.goBack();
  await expect(page.getByLabel("Adresse électronique")).toHaveValue(email);
});

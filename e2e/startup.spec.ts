// Runs against the build the suite serves, with the server the Docker image runs
// (.next/standalone/server.js, prepared by scripts/start.ts for the e2e servers).
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { freePort, productionEnv, standaloneArgs, standaloneServer, startPortal } from "./portal-process";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "sqlite-admin", "une fois suffit : le démarrage ne dépend pas du serveur de la suite");
});

// Each line: a configuration the production server must refuse, and what it must say.
const REFUSED: [string, Record<string, string | undefined>, RegExp][] = [
  ["sans secret de session", { NEXTAUTH_SECRET: undefined }, /NEXTAUTH_SECRET : obligatoire en production/],
  ["avec un secret trop court", { NEXTAUTH_SECRET: "court" }, /NEXTAUTH_SECRET : au moins 32 caractères/],
  [
    "avec une clé des actions serveur mal formée",
    { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "pas-une-clé" },
    /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY : clé AES/,
  ],
  ["avec une adresse publique mal formée", { SITE_URL: "rejoindre.gouv.fr" }, /SITE_URL/],
];

for (const [label, overrides, message] of REFUSED) {
  test(`le serveur de production refuse de démarrer ${label}, en nommant la variable`, () => {
    const run = spawnSync(process.execPath, standaloneArgs, {
      cwd: path.dirname(standaloneServer),
      env: productionEnv({ ...overrides, PORT: "0", HOSTNAME: "127.0.0.1" }),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr + run.stdout).toMatch(message);
  });
}

test("une erreur du serveur montre une page calme en français, et ses détails vont au journal JSON avec l'identifiant de la requête", async ({
  page,
}, testInfo) => {
  // A database without its tables: every query fails with the database's own message.
  const database = testInfo.outputPath("sans-tables.db");
  rmSync(database, { force: true });
  const port = await freePort();
  const { stop, output } = await startPortal(
    productionEnv({ DATABASE_URL: `file:${database}`, SITE_URL: `http://127.0.0.1:${port}` }),
    port,
  );
  try {
    const response = await page.goto(`http://127.0.0.1:${port}/?q=developpeur`);
    expect(response!.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Une erreur est survenue|indisponible/);
    await page.screenshot({ path: testInfo.outputPath("page-erreur.png"), fullPage: true });
    const shown = await page.content();
    for (const leak of [/prisma/i, /does not exist/i, /no such table/i, /\bat .*\.js:\d+/, /Posting/]) expect(shown).not.toMatch(leak);

    const requestId = response!.headers()["x-request-id"];
    expect(requestId).toBeTruthy();
    await expect.poll(() => output()).toContain(requestId);
    const entry = output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line))
      .find((line) => line.requestId === requestId);
    expect(entry).toMatchObject({ level: "error", service: "rejoindre", method: "GET", route: "/recherche" });
    expect(entry.err.message).toMatch(/does not exist/);
    expect(entry.err.stack).toBeTruthy();
  } finally {
    await stop();
  }
});

test("derrière un mandataire de confiance en HTTPS, les réponses portent HSTS et reprennent son identifiant de requête", async ({}, testInfo) => {
  const port = await freePort();
  const { stop } = await startPortal(
    productionEnv({
      DATABASE_URL: `file:${testInfo.outputPath("mandataire.db")}`,
      SITE_URL: `http://127.0.0.1:${port}`,
      TRUST_PROXY: "1",
    }),
    port,
  );
  try {
    const url = `http://127.0.0.1:${port}/robots.txt`;
    const behindHttps = await fetch(url, { headers: { "x-forwarded-proto": "https", "x-request-id": "lb-7f3a" } });
    expect(behindHttps.headers.get("strict-transport-security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
    expect(behindHttps.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    expect(behindHttps.headers.get("x-request-id")).toBe("lb-7f3a");
    const plain = await fetch(url, { headers: { "x-forwarded-proto": "http" } });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
  } finally {
    await stop();
  }
});

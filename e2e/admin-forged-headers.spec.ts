// Forged proxy headers change nothing (issue 22, point 1), and hostile requests get a plain
// 4xx, never a 500 (point 8): against the standalone server as `npm start` runs it, with no
// proxy declared (TRUST_PROXY unset), on a database of its own.
import { spawnSync } from "node:child_process";
import { request as httpRequest } from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures";
import { createDb } from "../lib/db/client";
import { newestOpenPosting } from "./demo-postings";
import type { FreshDatabase } from "./fresh-database";
import { productionEnv, standaloneServer, type PortalProcess } from "./portal-process";
import { startPortalWithAdmin } from "./portal-with-admin";
import { signInByScript } from "./script-sign-in";

const FORGED = (n: number) => ({
  "x-forwarded-for": `203.0.113.${n}`,
  "x-forwarded-proto": "https",
  "x-forwarded-host": "ailleurs.example",
  "x-real-ip": `203.0.113.${n}`,
});

// One portal for the whole file, its tests in order in one worker (they do not depend on each other).
test.describe.configure({ mode: "default", timeout: 120_000 });

let database: FreshDatabase;
let portal: PortalProcess;
let account: { email: string; password: string };

test.beforeAll(async ({}, testInfo) => {
  // Starting a portal on a loaded 2-core machine takes a while.
  testInfo.setTimeout(180_000);
  ({
    database,
    portal,
    admin: account,
  } = await startPortalWithAdmin(testInfo, "mandataire", "admin-entetes@e2e.gouv.fr", {
    TRUST_PROXY: undefined,
    APPLICATION_ATTEMPT_RATE_LIMIT: "3",
    SMTP_URL: undefined,
  }));
});

test.afterAll(async () => {
  await portal?.stop();
  await database?.remove();
});

test("un X-Forwarded-For inventé ne donne pas un nouveau compteur : la quatrième candidature est refusée", async () => {
  const url = `${portal.url}/offres/${newestOpenPosting().slug}/candidater/envoi`;
  const statuses = [];
  for (let n = 1; n <= 4; n++) {
    const response = await fetch(url, { method: "POST", headers: FORGED(n), body: new FormData() });
    statuses.push(response.status);
  }
  expect(statuses).toEqual([400, 400, 400, 429]);
});

test("le journal garde l'adresse réelle d'une connexion échouée, pas celle que le client a écrite", async () => {
  const failed = await signInByScript(portal.url, { email: account.email, password: "pas le bon" }, FORGED(9));
  expect(failed.sessionCookie).toBeUndefined();
  const db = await createDb(database.url);
  try {
    const entry = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in_failed" }, orderBy: { at: "desc" } });
    expect(entry.clientAddress).toBe("127.0.0.1");
  } finally {
    await db.$disconnect();
  }
});

test("en http, X-Forwarded-Proto: https n'apporte ni HSTS ni upgrade-insecure-requests", async () => {
  const response = await fetch(`${portal.url}/`, { headers: FORGED(1) });
  expect(response.status).toBe(200);
  expect(response.headers.get("strict-transport-security")).toBeNull();
  expect(response.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
});

test("le serveur de production refuse de démarrer sans le préchargement qui fixe les en-têtes de mandataire", () => {
  const run = spawnSync(process.execPath, [standaloneServer], {
    cwd: path.dirname(standaloneServer),
    env: productionEnv({ DATABASE_URL: database.url, PORT: "0", HOSTNAME: "127.0.0.1" }),
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr + run.stdout).toMatch(/se lance par `npm start`/);
});

function rawRequest(url: string, method: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { method }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

test("TRACE, un corps JSON envoyé à la connexion et une action serveur d'une autre origine reçoivent un 4xx, jamais un 500", async () => {
  for (const target of ["/", "/admin/connexion", "/api/auth/session"])
    expect(await rawRequest(`${portal.url}${target}`, "TRACE")).toBe(405);

  const json = await fetch(`${portal.url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: { $ne: null }, password: ["x"], csrfToken: 1 }),
  });
  expect(json.status).toBe(415);
  const broken = await fetch(`${portal.url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{",
  });
  expect(broken.status).toBe(415);

  const foreignAction = await fetch(`${portal.url}/admin/connexion`, {
    method: "POST",
    headers: { origin: "https://ailleurs.example", "next-action": "7f".repeat(21), "content-type": "text/plain;charset=UTF-8" },
    body: "[]",
  });
  expect(foreignAction.status).toBe(403);
});

test("/api/auth/session ne montre à aucun script l'identifiant de la session en base ; la session ouvre toujours l'espace", async () => {
  const { sessionCookie } = await signInByScript(portal.url, account, {});
  expect(sessionCookie).toBeTruthy();
  const session = await (await fetch(`${portal.url}/api/auth/session`, { headers: { cookie: sessionCookie! } })).text();
  expect(session).not.toMatch(/sid|"id"/);
  const db = await createDb(database.url);
  try {
    for (const row of await db.session.findMany({ select: { id: true } })) expect(session).not.toContain(row.id);
  } finally {
    await db.$disconnect();
  }
  // A password alone opens an admin's session pending (docs/decisions/0026): it reaches the enrolment page.
  const admin = await fetch(`${portal.url}/admin/compte/double-authentification`, {
    headers: { cookie: sessionCookie! },
    redirect: "manual",
  });
  expect(admin.status).toBe(200);
  expect(await admin.text()).toContain("Connecté·e");
});

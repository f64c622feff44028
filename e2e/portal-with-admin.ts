// A portal of a spec's own (e2e/portal-process.ts) on a fresh database holding one admin
// account, as `npm run user:create` would make it.
import type { TestInfo } from "@playwright/test";
import { createDb } from "../lib/db/client";
import { createUser } from "../lib/users/create";
import { freshPortalDatabase, type FreshDatabase } from "./fresh-database";
import { freePort, productionEnv, startPortal, type PortalProcess } from "./portal-process";

export type PortalWithAdmin = { database: FreshDatabase; portal: PortalProcess; admin: { email: string; password: string } };

export async function startPortalWithAdmin(
  testInfo: TestInfo,
  name: string,
  email: string,
  env: Record<string, string | undefined>,
): Promise<PortalWithAdmin> {
  const database = await freshPortalDatabase(testInfo, name);
  const db = await createDb(database.url);
  let admin: PortalWithAdmin["admin"];
  try {
    const created = await createUser(db, { by: { label: "tests e2e" } }, { email, name: "Admin", role: "admin", organisationIds: [] });
    if (!created.ok) throw new Error(created.message);
    admin = { email: created.email, password: created.password };
  } finally {
    await db.$disconnect();
  }
  const port = await freePort();
  const portal = await startPortal(productionEnv({ DATABASE_URL: database.url, SITE_URL: `http://127.0.0.1:${port}`, ...env }), port);
  return { database, portal, admin };
}

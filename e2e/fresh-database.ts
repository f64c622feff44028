// A database of its own for a spec that starts its own portal (e2e/portal-process.ts), on the
// backend of the spec's project: migrated, with the demo postings, removed afterwards.
import { randomUUID } from "node:crypto";
import type { TestInfo } from "@playwright/test";
import { createDb } from "../lib/db/client";
import { createPostgresDatabase, dropPostgresDatabase, removeSqliteFiles } from "../lib/db/databases";
import { migrate } from "../lib/db/migrate";
import { providerOf } from "../lib/db/url";
import { loadDemoPostingsIfEmpty } from "../lib/postings/demo";

export type FreshDatabase = { url: string; remove: () => Promise<void> };

export async function freshPortalDatabase(testInfo: TestInfo, name: string): Promise<FreshDatabase> {
  const suiteUrl = testInfo.project.metadata.databaseUrl as string;
  let fresh: FreshDatabase;
  if (providerOf(suiteUrl) === "sqlite") {
    const file = testInfo.outputPath(`${name}.db`);
    await removeSqliteFiles(file);
    // Absolute: the standalone server runs from its own folder.
    fresh = { url: `file:${file}`, remove: () => removeSqliteFiles(file) };
  } else {
    const url = new URL(suiteUrl);
    url.pathname = `/rejoindre_${name}_${randomUUID().slice(0, 8)}`;
    await createPostgresDatabase(url.toString());
    fresh = { url: url.toString(), remove: () => dropPostgresDatabase(url.toString()) };
  }
  await migrate(fresh.url);
  const db = await createDb(fresh.url);
  try {
    await loadDemoPostingsIfEmpty(db);
  } finally {
    await db.$disconnect();
  }
  return fresh;
}

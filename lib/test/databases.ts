import { beforeEach } from "vitest";
import { createDb, setDb, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { createScratchDatabase } from "@/lib/db/scratch";
import { PROVIDERS, type Provider } from "@/lib/db/schema-files";

/** Both backends: data-layer suites run once on each (`describe.each(BACKENDS)`). */
export const BACKENDS: readonly Provider[] = PROVIDERS;

export type TestDatabase = { url: string; db: Db; cleanup: () => Promise<void> };

/** A fresh, migrated database of the given backend, made the application's database. */
export async function migratedTestDatabase(provider: Provider): Promise<TestDatabase> {
  const scratch = await createScratchDatabase(provider, "test");
  await migrate(scratch.url);
  const db = await createDb(scratch.url);
  setDb(db);
  return {
    url: scratch.url,
    db,
    cleanup: async () => {
      setDb(undefined);
      await db.$disconnect();
      await scratch.drop();
    },
  };
}

/**
 * A fresh migrated database of the given backend for each test of the enclosing suite.
 * The returned object always points at the current test's database.
 */
export function useMigratedTestDatabase(provider: Provider): Pick<TestDatabase, "url" | "db"> {
  let current: TestDatabase | undefined;
  beforeEach(async () => {
    current = await migratedTestDatabase(provider);
    return () => current?.cleanup();
  });
  const now = () => {
    if (!current) throw new Error("la base de test n'existe que pendant un test");
    return current;
  };
  return {
    get url() {
      return now().url;
    },
    get db() {
      return now().db;
    },
  };
}

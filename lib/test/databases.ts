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

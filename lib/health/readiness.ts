import type { Db } from "@/lib/db/client";
import { readMigrations } from "@/lib/db/migrate";
import type { Provider } from "@/lib/db/schema-files";

export type Readiness = { ready: boolean; database: "ok" | "injoignable"; missingMigrations: string[] };

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("délai dépassé")), ms).unref())]);
}

/** Whether the database answers (within `timeoutMs`) and has every committed migration applied. */
export async function readiness(db: Db, provider: Provider, timeoutMs = 2000): Promise<Readiness> {
  let applied: string[];
  try {
    const rows = await within(
      db.$queryRawUnsafe<{ migration_name: string }[]>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      ),
      timeoutMs,
    );
    applied = rows.map((row) => row.migration_name);
  } catch {
    return { ready: false, database: "injoignable", missingMigrations: [] };
  }
  const expected = (await readMigrations(provider)).migrationDirectories.map((dir) => dir.path);
  const missingMigrations = expected.filter((name) => !applied.includes(name));
  return { ready: missingMigrations.length === 0, database: "ok", missingMigrations };
}

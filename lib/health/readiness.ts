import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { getDb, providerOfDb, type Db } from "@/lib/db/client";
import type { Provider } from "@/lib/db/schema-files";

export type Readiness = { ready: boolean; database: "ok" | "injoignable"; missingMigrations: string[] };

function within<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("délai dépassé")), ms).unref())]);
}

/**
 * The migrations committed with this build, by directory name (the name the engine records in
 * _prisma_migrations). Read from the working directory: the repository for `next start`, dev
 * and tests, `.next/standalone` for the standalone server, where next.config.js traces them
 * (the migrator itself, lib/db/migrate.ts, locates them from its own file, which a bundle cannot).
 */
export async function committedMigrations(provider: Provider): Promise<string[]> {
  const dir = path.join(process.cwd(), "prisma", provider, "migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
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
  const expected = await committedMigrations(provider);
  const missingMigrations = expected.filter((name) => !applied.includes(name));
  return { ready: missingMigrations.length === 0, database: "ok", missingMigrations };
}

/** `readiness` of the portal's own database, for GET /api/health/ready. */
export async function checkReadiness(): Promise<Readiness> {
  const db = await getDb();
  return readiness(db, providerOfDb(db));
}

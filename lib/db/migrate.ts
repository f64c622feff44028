import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";
import { ensurePostgresDatabase } from "./databases";
import { withSchemaEngine } from "./schema-engine";
import { expectedSchema, migrationsDir, schemaFile, type Provider } from "./schema-files";
import { providerOf } from "./url";

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The migrations folder of a backend, read the way `prisma migrate deploy` reads it. */
export async function readMigrations(provider: Provider): Promise<MigrationList> {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, "migration_lock.toml");
  const names = existsSync(baseDir)
    ? (await readdir(baseDir, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir,
    // Paths relative to baseDir, as Prisma's CLI passes them: the engine records the
    // directory name as the migration's name in _prisma_migrations.
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const dir = path.join(baseDir, name);
        const sqlPath = path.join(dir, "migration.sql");
        return {
          path: name,
          migrationFile: {
            path: "migration.sql",
            content: existsSync(sqlPath)
              ? { tag: "ok" as const, value: await readFile(sqlPath, "utf8") }
              : { tag: "error" as const, value: `${sqlPath} est introuvable` },
          },
        };
      }),
    ),
  };
}

/**
 * Applies the committed migrations that the database lacks, recording each in
 * `_prisma_migrations` as `prisma migrate deploy` does. Returns the names applied.
 */
export async function migrate(url: string): Promise<string[]> {
  const provider = providerOf(url);
  if (provider === "postgresql") await ensurePostgresDatabase(url);
  const schema = { path: schemaFile(provider), content: await expectedSchema(provider) };
  const migrationsList = await readMigrations(provider);
  return withSchemaEngine(url, schema, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

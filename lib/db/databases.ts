// Creating and removing whole databases: what `prisma migrate deploy` does for a new
// deployment, and what tests and tooling do with their throw-away databases.
import { rm } from "node:fs/promises";
import pg from "pg";

const INVALID_CATALOG_NAME = "3D000";

/** The database's name, and a URL to the server's maintenance database `postgres`. */
function onServer(url: string): { name: string; maintenanceUrl: string } {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  return { name, maintenanceUrl: target.toString() };
}

async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createPostgresDatabase(url: string): Promise<void> {
  const { name, maintenanceUrl } = onServer(url);
  await runOnServer(maintenanceUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const { name, maintenanceUrl } = onServer(url);
  await runOnServer(maintenanceUrl, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
}

/** Creates the PostgreSQL database named by `url` when the server lacks it. True when it did. */
export async function ensurePostgresDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== INVALID_CATALOG_NAME) throw error;
  } finally {
    await probe.end().catch(() => {});
  }
  await createPostgresDatabase(url);
  return true;
}

/** An SQLite database file and the journal files SQLite keeps beside it. */
export async function removeSqliteFiles(file: string): Promise<void> {
  await Promise.all(["", "-journal", "-wal", "-shm"].map((suffix) => rm(file + suffix, { force: true })));
}

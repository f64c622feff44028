import type { PrismaClient } from "./generated/sqlite/client";
import { adapterFor } from "./adapter";
import { databaseUrl, providerOf } from "./url";

/**
 * Code is typed against the SQLite client, the common denominator of both backends;
 * the PostgreSQL client generated from the same models accepts every such call
 * (docs/decisions/0002-two-databases-one-model.md).
 */
export type Db = PrismaClient;

/** A client for `url`, loading only the generated client of that backend. */
export async function createDb(url: string): Promise<Db> {
  const adapter = adapterFor(url);
  if (providerOf(url) === "postgresql") {
    const { PrismaClient: PgClient } = await import("./generated/postgresql/client");
    return new PgClient({ adapter }) as unknown as Db;
  }
  const { PrismaClient: SqliteClient } = await import("./generated/sqlite/client");
  return new SqliteClient({ adapter });
}

const globalForDb = globalThis as unknown as { rejoindreDb?: Promise<Db> };

/** The application's one client for the configured database (kept across hot reloads). */
export function getDb(): Promise<Db> {
  globalForDb.rejoindreDb ??= createDb(databaseUrl());
  return globalForDb.rejoindreDb;
}

/** Points the application at another client: tests use it to run the same code on each backend. */
export function setDb(db: Db | undefined): void {
  globalForDb.rejoindreDb = db ? Promise.resolve(db) : undefined;
}

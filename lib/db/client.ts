import type { PrismaClient } from "./generated/sqlite/client";
import { adapterFor } from "./adapter";
import type { Provider } from "./schema-files";
import { databaseUrl, providerOf } from "./url";

/**
 * Code is typed against the SQLite client, the common denominator of both backends;
 * the PostgreSQL client generated from the same models accepts every such call
 * (docs/decisions/0002-two-databases-one-model.md).
 */
export type Db = PrismaClient;

// Kept on globalThis: Next.js bundles this module more than once (instrumentation, each route),
// and a client made by one copy (the shared one from getDb) must be known to every copy.
const globalForProviders = globalThis as unknown as { rejoindreDbProviders?: WeakMap<Db, Provider> };
globalForProviders.rejoindreDbProviders ??= new WeakMap<Db, Provider>();
const providers = globalForProviders.rejoindreDbProviders;

/** A client for `url`, loading only the generated client of that backend. */
export async function createDb(url: string): Promise<Db> {
  const adapter = adapterFor(url);
  const provider = providerOf(url);
  const db =
    provider === "postgresql"
      ? (new (await import("./generated/postgresql/client")).PrismaClient({ adapter }) as unknown as Db)
      : new (await import("./generated/sqlite/client")).PrismaClient({ adapter });
  providers.set(db, provider);
  return db;
}

/** The backend of a client made by `createDb`, for the rare query that must be written differently. */
export function providerOfDb(db: Db): Provider {
  const provider = providers.get(db);
  if (!provider) throw new Error("client Prisma inconnu : créez-le avec createDb");
  return provider;
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

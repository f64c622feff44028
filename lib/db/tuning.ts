import { z } from "zod";
import { databaseEnvShape, withoutEmpty } from "../config/env";

const databaseEnv = z.object(databaseEnvShape);

/** The database settings of the environment (lib/config/env.ts validates them at start too). */
export function databaseTuning(source: NodeJS.ProcessEnv = process.env) {
  return databaseEnv.parse(withoutEmpty(source));
}

/** Pool options for pg: a bounded pool, bounded waits, bounded statements. */
export function postgresPoolOptions(source: NodeJS.ProcessEnv = process.env) {
  const tuning = databaseTuning(source);
  return {
    max: tuning.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: tuning.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: tuning.DATABASE_STATEMENT_TIMEOUT_MS,
    query_timeout: tuning.DATABASE_STATEMENT_TIMEOUT_MS + 1000,
    idleTimeoutMillis: 30_000,
    // A dead TCP peer (a cut network) is noticed instead of waited on.
    keepAlive: true,
  };
}

/** Test-only cap on the SQLite file size (a full disk); refused in production. */
export function sqliteMaxPageCountForTests(source: NodeJS.ProcessEnv = process.env): number | undefined {
  const pages = databaseTuning(source).SQLITE_MAX_PAGE_COUNT_FOR_TESTS;
  if (pages !== undefined && source.NODE_ENV === "production") {
    throw new Error("SQLITE_MAX_PAGE_COUNT_FOR_TESTS est réservée aux tests et refusée en production");
  }
  return pages;
}

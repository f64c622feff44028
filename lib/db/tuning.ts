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

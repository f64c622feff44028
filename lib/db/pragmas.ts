import type { Db } from "./client";
import { SQLITE_PRAGMAS } from "./adapter";

/**
 * What the SQLite database reports against what the portal needs (docs/decisions/0011): one
 * French line per pragma that is off, empty when all are right. A server refuses to start
 * on a non-empty answer (instrumentation.ts).
 */
export async function sqlitePragmaProblems(db: Db): Promise<string[]> {
  const read = async (name: string) => {
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
    const value = rows[0] ? Object.values(rows[0])[0] : undefined;
    return typeof value === "bigint" ? Number(value) : value;
  };
  const problems: string[] = [];
  const journal = String(await read("journal_mode")).toLowerCase();
  if (journal !== SQLITE_PRAGMAS.journal_mode) problems.push(`journal_mode vaut « ${journal} » au lieu de « wal »`);
  const foreignKeys = Number(await read("foreign_keys"));
  if (foreignKeys !== 1) problems.push(`foreign_keys est désactivé (attendu : ON)`);
  const busy = Number(await read("busy_timeout"));
  if (!(busy >= SQLITE_PRAGMAS.busy_timeout))
    problems.push(`busy_timeout vaut ${busy} ms au lieu d'au moins ${SQLITE_PRAGMAS.busy_timeout} ms`);
  const synchronous = Number(await read("synchronous"));
  if (synchronous !== SQLITE_PRAGMAS.synchronous) problems.push(`synchronous vaut ${synchronous} au lieu de 2 (FULL)`);
  const secureDelete = Number(await read("secure_delete"));
  if (secureDelete !== SQLITE_PRAGMAS.secure_delete) problems.push(`secure_delete est désactivé (attendu : ON)`);
  return problems;
}

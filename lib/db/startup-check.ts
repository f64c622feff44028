import { getDb, providerOfDb } from "./client";
import { sqlitePragmaProblems } from "./pragmas";

/** A French message when the database cannot be used as configured; null when it can. */
export async function checkDatabaseAtStart(): Promise<string | null> {
  const db = await getDb();
  if (providerOfDb(db) !== "sqlite") return null;
  const problems = await sqlitePragmaProblems(db);
  if (problems.length === 0) return null;
  return `Base SQLite mal réglée, démarrage refusé :\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}

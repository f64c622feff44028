import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { postgresPoolOptions } from "./tuning";
import { providerOf, sqliteFilePath } from "./url";

/**
 * The pragmas every SQLite connection of the portal runs with (docs/decisions/0011):
 * WAL lets readers go on while one writer writes; foreign keys are off by default in SQLite;
 * a writer waits up to 5 s for another (a backup, a script) before giving up; FULL syncs the
 * WAL at each commit, so that an application answered 200 survives a power cut, not only a crash.
 * secure_delete overwrites what a deletion frees with zeros: an erased candidate's address and
 * CV are then gone from the file, not left in free pages (docs/decisions/0015).
 */
export const SQLITE_PRAGMAS = {
  journal_mode: "wal",
  foreign_keys: 1,
  busy_timeout: 5000,
  synchronous: 2, // FULL
  secure_delete: 1,
} as const;

export function applySqlitePragmas(db: Database.Database): void {
  db.pragma(`journal_mode = ${SQLITE_PRAGMAS.journal_mode}`);
  db.pragma(`foreign_keys = ON`);
  db.pragma(`busy_timeout = ${SQLITE_PRAGMAS.busy_timeout}`);
  db.pragma(`synchronous = FULL`);
  db.pragma(`secure_delete = ON`);
}

/**
 * Prisma's better-sqlite3 adapter opens its transactions with a plain (deferred) `BEGIN`: a
 * transaction that reads then writes asks for the write lock only at its first write, and when
 * another connection wrote meanwhile SQLite answers SQLITE_BUSY at once, whatever busy_timeout
 * says. `BEGIN IMMEDIATE` takes the write lock first, waiting up to busy_timeout for it. The
 * adapter offers no option for it, so its connection is given one: the `BEGIN` it prepares
 * becomes `BEGIN IMMEDIATE` (Prisma sends transactions only through `startTransaction`).
 */
function withImmediateTransactions(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => prepare(source.trim().toUpperCase() === "BEGIN" ? "BEGIN IMMEDIATE" : source)) as typeof db.prepare;
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>> & { client: Database.Database };

/** The better-sqlite3 adapter factory, with the portal's pragmas and immediate transactions. */
class PortalSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = (await super.connect()) as SqliteAdapter;
    applySqlitePragmas(adapter.client);
    withImmediateTransactions(adapter.client);
    return adapter;
  }
}

/** The driver adapter factory for a database URL (Prisma 7 talks to databases only through these). */
export function adapterFor(url: string) {
  if (providerOf(url) === "postgresql") {
    return new PrismaPg({ connectionString: url, ...postgresPoolOptions() });
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  return new PortalSqlite({ url: file });
}

// Online backups and restores (npm run backup / npm run restore; docs/decisions/0011).
import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { applySqlitePragmas } from "./adapter";
import { providerOf, sqliteFilePath } from "./url";

export class BackupError extends Error {}

/** `PRAGMA integrity_check` of an SQLite file: "ok", or what SQLite found wrong. */
export function sqliteIntegrity(file: string): string {
  if (!existsSync(file)) throw new BackupError(`Fichier introuvable : ${file}`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A consistent copy of the SQLite database while the portal keeps writing: `VACUUM INTO` reads
 * one snapshot (WAL readers never block the writer) and writes a compact file, checked with
 * `integrity_check` before it takes the destination's name.
 */
export function backupSqlite(url: string, destination: string): void {
  const source = sqliteFilePath(url);
  if (!existsSync(source)) throw new BackupError(`Base SQLite introuvable : ${source}`);
  const target = path.resolve(destination);
  const partial = `${target}.partiel`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("VACUUM INTO ?").run(partial);
  } finally {
    db.close();
  }
  const integrity = sqliteIntegrity(partial);
  if (integrity !== "ok") {
    rmSync(partial, { force: true });
    throw new BackupError(`La copie ne passe pas integrity_check : ${integrity}`);
  }
  fsyncFile(partial);
  renameSync(partial, target);
  fsyncDir(path.dirname(target));
}

/**
 * Puts an SQLite backup in the database's place. The file is checked first; the swap is one
 * rename in the database's folder. Refused while another process (a running server) has the
 * database open: leaving WAL mode needs every other connection closed.
 */
export function restoreSqlite(url: string, backup: string): void {
  const source = path.resolve(backup);
  const integrity = sqliteIntegrity(source);
  if (integrity !== "ok") throw new BackupError(`Sauvegarde refusée, integrity_check : ${integrity}`);
  const target = sqliteFilePath(url);
  const staged = `${target}.restauration`;
  rmSync(staged, { force: true });
  // A copy of the backup next to the database (same file system, so the rename is atomic).
  const copy = new Database(source, { readonly: true, fileMustExist: true });
  try {
    copy.prepare("VACUUM INTO ?").run(staged);
  } finally {
    copy.close();
  }
  fsyncFile(staged);
  if (existsSync(target)) {
    const live = new Database(target, { fileMustExist: true });
    try {
      live.pragma("busy_timeout = 0");
      // Fails with "database is locked" while another connection is open: a server is running.
      live.pragma("journal_mode = DELETE");
    } catch {
      live.close();
      rmSync(staged, { force: true });
      throw new BackupError("La base est ouverte par un autre processus : arrêtez le serveur avant de restaurer.");
    }
    live.close();
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  renameSync(staged, target);
  fsyncDir(path.dirname(target));
  const restored = new Database(target);
  try {
    applySqlitePragmas(restored);
  } finally {
    restored.close();
  }
}

function runTool(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.error) throw new BackupError(`${command} introuvable : installez les outils clients PostgreSQL (${result.error.message})`);
  if (result.status !== 0) throw new BackupError(`${command} a échoué (code ${result.status})`);
}

/** PostgreSQL: pg_dump in its custom format (compressed, restorable table by table). */
export function backupPostgres(url: string, destination: string): void {
  const target = path.resolve(destination);
  const partial = `${target}.partiel`;
  runTool("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`, `--dbname=${url}`]);
  renameSync(partial, target);
}

/** PostgreSQL: pg_restore into the configured database, replacing its objects. */
export function restorePostgres(url: string, backup: string): void {
  runTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", `--dbname=${url}`, path.resolve(backup)]);
}

export function backup(url: string, destination: string): void {
  if (providerOf(url) === "postgresql") backupPostgres(url, destination);
  else backupSqlite(url, destination);
}

export function restore(url: string, source: string): void {
  if (providerOf(url) === "postgresql") restorePostgres(url, source);
  else restoreSqlite(url, source);
}

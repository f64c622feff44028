import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { PrismaClient } from "./generated/sqlite/client";
import { createDb, type Db } from "./client";
import { sqlitePragmaProblems } from "./pragmas";
import { createScratchDatabase, type ScratchDatabase } from "./scratch";
import { sqliteFilePath } from "./url";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

describe("SQLite réglé pour la production", () => {
  let scratch: ScratchDatabase | undefined;
  const clients: Db[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
    await scratch?.drop();
  });

  it("chaque connexion du portail est en WAL, avec les clés étrangères, busy_timeout ≥ 5 s et synchronous FULL", async () => {
    scratch = await createScratchDatabase("sqlite", "pragmas");
    const db = await createDb(scratch.url);
    clients.push(db);
    expect(await sqlitePragmaProblems(db)).toEqual([]);
  });

  it("une connexion sans ces réglages est signalée, chaque pragma nommé en français", async () => {
    scratch = await createScratchDatabase("sqlite", "pragmas");
    const bare = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: sqliteFilePath(scratch.url) }) }) as unknown as Db;
    clients.push(bare);
    const problems = await sqlitePragmaProblems(bare);
    expect(problems.join("\n")).toMatch(/journal_mode vaut « delete » au lieu de « wal »/);
    // Deleted rows would stay readable in the file's free pages (docs/decisions/0015).
    expect(problems.join("\n")).toMatch(/secure_delete est désactivé/);
    // better-sqlite3 already turns foreign keys on, waits 5 s and syncs FULL by default.
    expect(problems).toHaveLength(2);
    await bare.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
    await bare.$executeRawUnsafe("PRAGMA busy_timeout = 100");
    const more = (await sqlitePragmaProblems(bare)).join("\n");
    expect(more).toMatch(/foreign_keys est désactivé/);
    expect(more).toMatch(/busy_timeout vaut 100 ms au lieu d'au moins 5000 ms/);
  });

  it("deux processus qui lisent puis écrivent en même temps réussissent tous deux (BEGIN IMMEDIATE, pas de SQLITE_BUSY)", async () => {
    scratch = await createScratchDatabase("sqlite", "immediate");
    const db = await createDb(scratch.url);
    clients.push(db);
    await db.$executeRawUnsafe("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
    await db.$executeRawUnsafe("INSERT INTO counter (id, n) VALUES (1, 0)");
    const writer = () => run(tsx, ["lib/db/fixtures/read-then-write.ts", scratch!.url, "1500"], { encoding: "utf8" });
    const outcomes = await Promise.all([writer(), writer()]);
    expect(outcomes.map((o) => o.stdout.trim())).toEqual(["ok", "ok"]);
    // Both increments are there: neither transaction worked from a stale read.
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>("SELECT n FROM counter WHERE id = 1");
    expect(Number(rows[0]!.n)).toBe(2);
  }, 30_000);
});

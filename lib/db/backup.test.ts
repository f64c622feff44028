import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/config/env";
import { receiveApplication } from "@/lib/applications/receive";
import { applicationRequest, seedPosting, validFields } from "@/lib/applications/test-support";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { BackupError, restore, sqliteIntegrity } from "./backup";
import { createDb, type Db } from "./client";
import { createScratchDatabase, type ScratchDatabase } from "./scratch";

const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

async function counts(db: Db) {
  return {
    applications: await db.application.count(),
    files: await db.applicationFile.count(),
    mails: await db.outboxMail.count(),
  };
}

describe.each(BACKENDS)("sauvegarde et restauration sur %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  const scratches: ScratchDatabase[] = [];
  const clients: Db[] = [];
  const saved = process.env.APPLICATION_RATE_LIMIT;
  beforeEach(() => {
    process.env.APPLICATION_RATE_LIMIT = "100000";
    resetEnvForTests();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
    await Promise.all(scratches.splice(0).map((s) => s.drop()));
    if (saved === undefined) delete process.env.APPLICATION_RATE_LIMIT;
    else process.env.APPLICATION_RATE_LIMIT = saved;
    resetEnvForTests();
  });

  it("npm run backup prend une copie cohérente pendant que des candidatures arrivent, et elle se restaure avec les mêmes comptes", async () => {
    await seedPosting(t.db);
    let writing = true;
    let submitted = 0;
    let failure: string | undefined;
    const load = (async () => {
      while (writing && !failure) {
        const address = `198.51.100.${submitted % 250}`;
        const response = await receiveApplication(applicationRequest("developpeuse", { fields: validFields(), address }), "developpeuse");
        if (response.status !== 303) failure = `statut ${response.status}`;
        else submitted++;
        // better-sqlite3 answers synchronously: without a turn of the event loop, this loop
        // would starve the child process's exit callback and the backup would never be seen.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    while (submitted < 5 && !failure) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(failure).toBeUndefined();
    const before = submitted;
    const file = path.join(os.tmpdir(), `rejoindre-sauvegarde-${process.pid}-${provider}-${Date.now()}.bak`);
    const backupRun = await run(tsx, ["scripts/db/backup.ts", file], { env: { ...process.env, DATABASE_URL: t.url }, encoding: "utf8" });
    const during = submitted - before;
    writing = false;
    await load;
    expect(failure).toBeUndefined();
    expect(backupRun.stdout).toContain("Sauvegarde écrite");
    // Applications kept arriving while the copy was taken.
    expect(during).toBeGreaterThan(0);
    if (provider === "sqlite") expect(sqliteIntegrity(file)).toBe("ok");

    const target = await createScratchDatabase(provider, "restauree");
    scratches.push(target);
    restore(target.url, file);
    const restored = await createDb(target.url);
    clients.push(restored);
    const copy = await counts(restored);
    // A consistent snapshot: every application with its CV and both of its mails.
    expect(copy.applications).toBeGreaterThanOrEqual(before);
    expect(copy.applications).toBeLessThanOrEqual(submitted);
    expect(copy).toEqual({ applications: copy.applications, files: copy.applications, mails: 2 * copy.applications });
    // The copy is the live database as it was: taken again once writes stop, the counts match.
    const final = path.join(os.tmpdir(), `rejoindre-sauvegarde-finale-${process.pid}-${provider}-${Date.now()}.bak`);
    await run(tsx, ["scripts/db/backup.ts", final], { env: { ...process.env, DATABASE_URL: t.url } });
    const second = await createScratchDatabase(provider, "restauree");
    scratches.push(second);
    restore(second.url, final);
    const again = await createDb(second.url);
    clients.push(again);
    expect(await counts(again)).toEqual(await counts(t.db));
    expect((await counts(again)).applications).toBe(submitted);
  }, 60_000);
});

describe("restauration SQLite", () => {
  let scratch: ScratchDatabase | undefined;
  let db: Db | undefined;
  afterEach(async () => {
    await db?.$disconnect();
    db = undefined;
    await scratch?.drop();
  });

  it("refuse un fichier abîmé, et refuse tant qu'un serveur tient la base ouverte", async () => {
    scratch = await createScratchDatabase("sqlite", "restauration");
    const broken = path.join(os.tmpdir(), `rejoindre-abime-${process.pid}.db`);
    writeFileSync(broken, "ceci n'est pas une base SQLite".repeat(200));
    expect(() => restore(scratch!.url, broken)).toThrow(/Sauvegarde refusée, integrity_check/);

    db = await createDb(scratch.url);
    await db.$executeRawUnsafe("CREATE TABLE t (x INTEGER)");
    const good = path.join(os.tmpdir(), `rejoindre-bonne-${process.pid}.db`);
    const { backupSqlite } = await import("./backup");
    backupSqlite(scratch.url, good);
    // The "server" (this client) still holds the database.
    expect(() => restore(scratch!.url, good)).toThrow(BackupError);
    expect(() => restore(scratch!.url, good)).toThrow(/arrêtez le serveur/);
    await db.$disconnect();
    db = undefined;
    restore(scratch.url, good);
    db = await createDb(scratch.url);
    expect(await db.$queryRawUnsafe("SELECT count(*) AS n FROM t")).toEqual([{ n: 0n }]);
  });
});

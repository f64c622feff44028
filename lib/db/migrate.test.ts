import { readdir, readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { schemaDrift } from "./drift";
import { migrate, readMigrations } from "./migrate";
import { createScratchDatabase, type ScratchDatabase } from "./scratch";
import { PROVIDERS, expectedSchema, migrationsDir, schemaFile } from "./schema-files";
import { createDb } from "./client";

describe("schema files", () => {
  it.each(PROVIDERS)("prisma/%s/schema.prisma is up to date with prisma/models.prisma", async (provider) => {
    expect(await readFile(schemaFile(provider), "utf8")).toBe(await expectedSchema(provider));
  });

  it("both backends have the same migration history", async () => {
    const names = await Promise.all(PROVIDERS.map(async (p) => (await readdir(migrationsDir(p))).sort()));
    expect(names[0]).toEqual(names[1]);
  });
});

describe.each(PROVIDERS)("migrations on %s", (provider) => {
  let scratch: ScratchDatabase | undefined;
  afterEach(async () => {
    await scratch?.drop();
    scratch = undefined;
  });

  it("a fresh database differs from the schema before migrating", async () => {
    scratch = await createScratchDatabase(provider);
    // Proves the drift check can see a difference at all.
    expect(await schemaDrift(scratch.url)).toMatch(/CREATE TABLE "Posting"/);
  });

  it("a freshly migrated database matches the Prisma schema exactly", async () => {
    scratch = await createScratchDatabase(provider);
    await migrate(scratch.url);
    expect(await schemaDrift(scratch.url)).toBeNull();
  });

  it("records each migration in _prisma_migrations by its folder name, once", async () => {
    scratch = await createScratchDatabase(provider);
    const expected = (await readMigrations(provider)).migrationDirectories.map((d) => d.path);
    expect(await migrate(scratch.url)).toEqual(expected);
    expect(await migrate(scratch.url)).toEqual([]);

    const db = await createDb(scratch.url);
    try {
      const rows = await db.$queryRawUnsafe<{ migration_name: string; finished_at: unknown }[]>(
        `SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(expected);
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  });
});

describe("migrating a PostgreSQL database that does not exist yet", () => {
  it("creates it first, as prisma migrate deploy does", async () => {
    const scratch = await createScratchDatabase("postgresql");
    await scratch.drop();
    try {
      expect((await migrate(scratch.url)).length).toBeGreaterThan(0);
      expect(await schemaDrift(scratch.url)).toBeNull();
    } finally {
      await scratch.drop();
    }
  });
});

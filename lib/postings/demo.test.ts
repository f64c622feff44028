import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { DEMO_POSTINGS_DIR, loadDemoPostingsIfEmpty } from "./demo";

describe.each(BACKENDS)("demo postings on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("loads every demo file into an empty database", async () => {
    const files = (await readdir(DEMO_POSTINGS_DIR)).filter((f) => f.endsWith(".md"));
    const reports = await loadDemoPostingsIfEmpty(t.db);

    expect(reports.filter((r) => r.outcome !== "created")).toEqual([]);
    expect(await t.db.posting.count()).toBe(files.length);
    expect(await t.db.posting.count({ where: { status: "CLOSED" } })).toBeGreaterThan(0);
    expect(await t.db.organisation.count({ where: { parentId: { not: null } } })).toBeGreaterThan(0);
  });

  it("leaves a database that already holds postings alone", async () => {
    await loadDemoPostingsIfEmpty(t.db);
    await t.db.posting.deleteMany({ where: { status: "CLOSED" } });
    const before = await t.db.posting.count();

    expect(await loadDemoPostingsIfEmpty(t.db)).toEqual([]);
    expect(await t.db.posting.count()).toBe(before);
  });
});

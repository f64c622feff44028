import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { seedPosting } from "@/lib/applications/test-support";
import { AUTO_CLOSE_ACTOR, closeExpiredPostings } from "./auto-close";

const NOW = new Date("2026-11-23T10:00:00Z");

describe.each(BACKENDS)("closing offers past their closing date on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("closes published offers whose date has passed, dated at that date, with an audit entry; leaves the others", async () => {
    const past = await seedPosting(t.db, { slug: "passee", title: "Passée", closesAt: new Date("2026-11-22T22:59:59Z") });
    const exact = await seedPosting(t.db, { slug: "a-l-instant", closesAt: NOW });
    await seedPosting(t.db, { slug: "a-venir", closesAt: new Date("2026-11-24T00:00:00Z") });
    await seedPosting(t.db, { slug: "sans-date", closesAt: null });
    await seedPosting(t.db, { slug: "brouillon", status: "DRAFT", closesAt: new Date("2026-01-01T00:00:00Z") });

    expect(await closeExpiredPostings(t.db, NOW)).toEqual({ closed: 2 });
    const rows = await t.db.posting.findMany({
      select: { slug: true, status: true, closedAt: true, version: true },
      orderBy: { slug: "asc" },
    });
    expect(rows).toEqual([
      { slug: "a-l-instant", status: "CLOSED", closedAt: NOW, version: exact.version + 1 },
      { slug: "a-venir", status: "PUBLISHED", closedAt: null, version: 1 },
      { slug: "brouillon", status: "DRAFT", closedAt: null, version: 1 },
      { slug: "passee", status: "CLOSED", closedAt: new Date("2026-11-22T22:59:59Z"), version: past.version + 1 },
      { slug: "sans-date", status: "PUBLISHED", closedAt: null, version: 1 },
    ]);
    const audit = await t.db.auditEvent.findMany({ where: { action: "posting.close" }, orderBy: { subjectLabel: "asc" } });
    expect(audit.map((e) => [e.subjectLabel, e.actorLabel, e.actorId])).toEqual([
      ["Développeuse ou développeur", AUTO_CLOSE_ACTOR.label, null],
      ["Passée", AUTO_CLOSE_ACTOR.label, null],
    ]);

    // Run again: nothing left to close, nothing recorded twice.
    expect(await closeExpiredPostings(t.db, NOW)).toEqual({ closed: 0 });
    expect(await t.db.auditEvent.count({ where: { action: "posting.close" } })).toBe(2);
  });

  it("closes an offer once, and records it once, when two runs race", async () => {
    const posting = await seedPosting(t.db, { closesAt: new Date("2026-11-01T00:00:00Z") });
    // Two runs at once (two instances without their lease): the offer is closed once.
    const results = await Promise.all([closeExpiredPostings(t.db, NOW), closeExpiredPostings(t.db, NOW)]);
    expect(results.reduce((sum, r) => sum + r.closed, 0)).toBe(1);
    expect(await t.db.posting.findUniqueOrThrow({ where: { id: posting.id } })).toMatchObject({
      status: "CLOSED",
      version: posting.version + 1,
    });
    expect(await t.db.auditEvent.count({ where: { action: "posting.close" } })).toBe(1);
  });
});

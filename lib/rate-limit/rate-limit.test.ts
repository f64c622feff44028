import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb, setDb } from "@/lib/db/client";
import { SCHEDULED_JOBS } from "@/lib/jobs/jobs";
import { runDueJobs } from "@/lib/jobs/scheduler";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { check, countOf, hit, purgeExpiredCounters, type RateLimitRule, reset } from "./rate-limit";

const MINUTE = 60_000;
const rule: RateLimitRule = { name: "essai", limit: 3, windowMs: 10 * MINUTE };
const start = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => vi.setSystemTime(new Date(start.getTime() + minutes * MINUTE));

describe.each(BACKENDS)("rate limit on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  // Only Date is faked: the database drivers keep their own timers.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    at(0);
  });
  afterEach(() => vi.useRealTimers());

  it("allows the limit, refuses the next attempt with a wait, and counts subjects apart", async () => {
    const verdicts = [];
    at(1);
    for (let i = 0; i < 4; i++) verdicts.push(await hit(rule, "203.0.113.7"));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    // The window opened with the first attempt, at minute 1: it ends ten minutes later.
    expect(verdicts[3]?.retryAfterSeconds).toBe(10 * 60);
    at(4);
    expect((await hit(rule, "203.0.113.7")).retryAfterSeconds).toBe(7 * 60);
    expect((await hit(rule, "198.51.100.1")).allowed).toBe(true);
  });

  it("counts every one of many concurrent attempts", async () => {
    const many: RateLimitRule = { ...rule, limit: 1000 };
    await hit(many, "203.0.113.7");
    await Promise.all(Array.from({ length: 40 }, () => hit(many, "203.0.113.7")));
    expect((await hit(many, "203.0.113.7")).count).toBe(42);
  });

  it("starts a new window once the last one has ended", async () => {
    for (let i = 0; i < 4; i++) await hit(rule, "203.0.113.7");
    at(9);
    expect((await check(rule, "203.0.113.7")).allowed).toBe(false);
    at(10);
    expect((await hit(rule, "203.0.113.7")).count).toBe(1);
  });

  it("checks without counting, and forgets a subject on reset", async () => {
    for (let i = 0; i < 2; i++) await hit(rule, "compte@example.fr");
    expect((await check(rule, "compte@example.fr")).allowed).toBe(true);
    expect((await check(rule, "compte@example.fr")).allowed).toBe(true);
    expect(await countOf(rule, "compte@example.fr")).toBe(2);
    await hit(rule, "compte@example.fr");
    expect((await check(rule, "compte@example.fr")).allowed).toBe(false);

    await reset(rule, "compte@example.fr");
    expect((await check(rule, "compte@example.fr")).allowed).toBe(true);
  });

  it("counts the attempts of every instance together", async () => {
    await hit(rule, "203.0.113.7");
    // Another instance: its own client on the same database, so its own limiters.
    const other = await createDb(t.url);
    try {
      setDb(other);
      await hit(rule, "203.0.113.7");
      expect((await hit(rule, "203.0.113.7")).count).toBe(3);
    } finally {
      setDb(t.db);
      await other.$disconnect();
    }
    expect(await countOf(rule, "203.0.113.7")).toBe(3);
  });

  it("keeps no subject in clear, and purges ended windows", async () => {
    await hit(rule, "compte@example.fr");
    await hit({ ...rule, name: "autre" }, "compte@example.fr");
    const rows = await t.db.rateLimiterFlexible.findMany();
    expect(rows.map((r) => r.key.split(":")[0]).sort()).toEqual(["autre", "essai"]);
    expect(rows.map((r) => r.key).join()).not.toContain("compte");

    expect(await purgeExpiredCounters(t.db, new Date(start.getTime() + 9 * MINUTE))).toBe(0);
    expect(await purgeExpiredCounters(t.db, new Date(start.getTime() + 10 * MINUTE))).toBe(2);
    expect(await t.db.rateLimiterFlexible.count()).toBe(0);
  });

  it("is purged by the hourly rate-limit-purge job, once across instances", async () => {
    await hit(rule, "203.0.113.7");
    const job = SCHEDULED_JOBS.filter((j) => j.name === "rate-limit-purge");
    const later = new Date(start.getTime() + 11 * MINUTE);
    const [first] = await runDueJobs(t.db, job, { now: later, holder: "a" });
    expect(first).toMatchObject({ ran: true, result: { counters: 1 } });
    const [second] = await runDueJobs(t.db, job, { now: new Date(later.getTime() + 30 * MINUTE), holder: "b" });
    expect(second).toMatchObject({ ran: false });
  });
});

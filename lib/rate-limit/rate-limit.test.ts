import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { check, hit, purgeExpiredCounters, reset, type RateLimitRule } from "./rate-limit";

const MINUTE = 60_000;
const rule: RateLimitRule = { name: "essai", limit: 3, windowMs: 10 * MINUTE };
// The start of a window: 2026-11-22T12:00:00Z is a multiple of ten minutes.
const start = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);

describe.each(BACKENDS)("rate limit on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("allows the limit, refuses the next attempt with a wait, and counts subjects apart", async () => {
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await hit(rule, "203.0.113.7", at(1)));

    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]?.retryAfterSeconds).toBe(9 * 60);
    expect((await hit(rule, "198.51.100.1", at(1))).allowed).toBe(true);
  });

  it("counts every one of many concurrent attempts", async () => {
    const many: RateLimitRule = { ...rule, limit: 1000 };
    await Promise.all(Array.from({ length: 40 }, () => hit(many, "203.0.113.7", at(1))));
    expect((await hit(many, "203.0.113.7", at(1))).count).toBe(41);
  });

  it("keeps weighing the previous window, so a burst at the boundary does not double the limit", async () => {
    for (let i = 0; i < 3; i++) await hit(rule, "203.0.113.7", at(9));
    // One minute into the next window, 90% of the previous window still counts.
    expect((await hit(rule, "203.0.113.7", at(11))).allowed).toBe(false);
    // Nineteen minutes later the previous window's weight is down to 10%.
    expect((await hit(rule, "203.0.113.7", at(19))).allowed).toBe(true);
  });

  it("checks without counting, and forgets a subject on reset", async () => {
    for (let i = 0; i < 2; i++) await hit(rule, "compte@example.fr", at(1));
    expect((await check(rule, "compte@example.fr", at(2))).allowed).toBe(true);
    expect((await check(rule, "compte@example.fr", at(2))).allowed).toBe(true);
    await hit(rule, "compte@example.fr", at(2));
    expect((await check(rule, "compte@example.fr", at(2))).allowed).toBe(false);

    await reset(rule, "compte@example.fr", at(3));
    expect((await check(rule, "compte@example.fr", at(3))).allowed).toBe(true);
  });

  it("stores no subject in clear, and purges counters once they no longer count", async () => {
    await hit(rule, "compte@example.fr", at(1));
    const keys = (await t.db.rateLimitCounter.findMany()).map((c) => c.key);
    expect(keys.join()).not.toContain("compte");

    expect(await purgeExpiredCounters(at(15))).toBe(0);
    expect(await purgeExpiredCounters(at(20))).toBe(1);
  });
});

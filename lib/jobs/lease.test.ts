import { describe, expect, it } from "vitest";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { claimDueJob, completeJob, releaseJob } from "./lease";
import { runDueJobs } from "./scheduler";

const MINUTE = 60_000;
const start = new Date("2026-11-22T12:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * MINUTE);
const hourly = { intervalMs: 60 * MINUTE, ttlMs: 5 * MINUTE };

describe.each(BACKENDS)("job leases on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("lets exactly one of many concurrent instances claim a due job", async () => {
    const claims = await Promise.all(
      Array.from({ length: 12 }, (_, i) => claimDueJob(t.db, "purge", { ...hourly, holder: `instance-${i}`, now: at(0) })),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("does not run a job again within its interval, and runs it once it is due", async () => {
    const claim = await claimDueJob(t.db, "purge", { ...hourly, holder: "a", now: at(0) });
    expect(claim).not.toBeNull();
    await completeJob(t.db, claim!, at(1));
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "b", now: at(30) })).toBeNull();
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "b", now: at(60) })).not.toBeNull();
  });

  it("hands a job over when its holder died, only once the lease has expired", async () => {
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "dies", now: at(0) })).not.toBeNull();
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "b", now: at(4) })).toBeNull();
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "b", now: at(5) })).not.toBeNull();
  });

  it("retries at once after a failed run, which does not count as run", async () => {
    const claim = await claimDueJob(t.db, "purge", { ...hourly, holder: "a", now: at(0) });
    await releaseJob(t.db, claim!, at(1));
    expect(await claimDueJob(t.db, "purge", { ...hourly, holder: "b", now: at(2) })).not.toBeNull();
  });

  it("runs each due job once across two schedulers ticking together", async () => {
    const runs: string[] = [];
    const jobs = ["fermeture", "purge"].map((name) => ({
      name,
      intervalMs: 60 * MINUTE,
      run: async () => {
        runs.push(name);
      },
    }));
    await Promise.all([runDueJobs(t.db, jobs, { holder: "a", now: at(0) }), runDueJobs(t.db, jobs, { holder: "b", now: at(0) })]);
    expect(runs.sort()).toEqual(["fermeture", "purge"]);
    const failing = [{ name: "casse", intervalMs: MINUTE, run: async () => Promise.reject(new Error("boom")) }];
    const [outcome] = await runDueJobs(t.db, failing, { holder: "a", now: at(0) });
    expect(outcome?.error).toBeInstanceOf(Error);
  });
});

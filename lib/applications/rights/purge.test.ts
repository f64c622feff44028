// The purge as it runs in production: the daily scheduled job (and npm run purge), with the
// periods of the environment and one JSON log line of counts.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { SCHEDULED_JOBS } from "@/lib/jobs/jobs";
import { runDueJobs } from "@/lib/jobs/scheduler";
import { createLogger } from "@/lib/log/logger";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { withEnv } from "@/lib/test/env";
import { castOf } from "@/lib/test/people";
import { applicationTo, postingOf } from "../admin/testing";
import { runRetentionPurge } from "./purge";

const CLOSED = new Date("2026-01-15T10:00:00Z");

describe.each(BACKENDS)("the retention purge job on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);
  withEnv({ APPLICATION_RETENTION_MONTHS: "6", APPLICATION_POOL_RETENTION_MONTHS: "12" });

  async function expiredApplication(lastName: string) {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    await t.db.posting.update({ where: { id: posting.id }, data: { status: "CLOSED", closedAt: CLOSED } });
    return applicationTo(t.db, posting.id, { lastName }, { createdAt: CLOSED, statusChangedAt: CLOSED, lastContactAt: CLOSED });
  }

  it("runs daily among the scheduled jobs, with the configured period", async () => {
    await expiredApplication("Martin");
    const job = SCHEDULED_JOBS.find((j) => j.name === "retention-purge");
    expect(job?.intervalMs).toBe(24 * 60 * 60 * 1000);
    // Five months after the closure: within the configured six.
    await runDueJobs(t.db, [job!], { now: new Date("2026-06-14T10:00:00Z") });
    expect(await t.db.application.count()).toBe(1);
    // The next day's run (the lease is dated by the real clock: forget it).
    await t.db.jobLease.deleteMany();
    const [outcome] = await runDueJobs(t.db, [job!], { now: new Date("2026-07-16T10:00:00Z") });
    expect(outcome).toMatchObject({ ran: true, result: { afterRecruitment: 1, pool: 0, failed: 0 } });
    expect(await t.db.application.count()).toBe(0);
  });

  it("logs one JSON line of counts, never a name or an address", async () => {
    const { email } = await expiredApplication("Delacourtoise");
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).split("\n").filter(Boolean));
        done();
      },
    });
    await runRetentionPurge(t.db, new Date("2027-01-01T00:00:00Z"), createLogger("info", stream));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      level: "info",
      event: "retention.purge",
      afterRecruitment: 1,
      pool: 0,
      failed: 0,
      deleted: 1,
      retentionMonths: 6,
      poolMonths: 12,
    });
    expect(lines[0]).not.toContain(email);
    expect(lines[0]).not.toContain("Delacourtoise");
  });

  it("deletes the expired states of refused form submissions, and keeps those a candidate may still be correcting", async () => {
    const cast = await castOf(t.db);
    const posting = await postingOf(t.db, cast.orgA);
    const now = new Date("2026-03-01T12:00:00Z");
    const typed = JSON.stringify({ values: { email: "oubliee@exemple.fr" }, errors: {} });
    await t.db.applicationRetry.createMany({
      data: [
        { id: "expiree", postingId: posting.id, state: typed, expiresAt: new Date(now.getTime() - 1) },
        { id: "en-cours", postingId: posting.id, state: typed, expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const report = await runRetentionPurge(t.db, now, createLogger("info", stream));
    expect(report.abandonedForms).toBe(1);
    expect((await t.db.applicationRetry.findMany({ select: { id: true } })).map((r) => r.id)).toEqual(["en-cours"]);
    expect(JSON.parse(lines.join(""))).toMatchObject({ event: "retention.purge", abandonedForms: 1 });
    expect(lines.join("")).not.toContain("oubliee@exemple.fr");
  });
});

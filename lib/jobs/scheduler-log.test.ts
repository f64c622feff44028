// What a scheduled run writes to the structured log.
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log/logger";
import { BACKENDS, useMigratedTestDatabase } from "@/lib/test/databases";
import { logJobOutcome, runDueJobs } from "./scheduler";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, logger: createLogger("info", stream) };
}

describe.each(BACKENDS)("scheduled runs in the log on %s", (provider) => {
  const t = useMigratedTestDatabase(provider);

  it("writes one JSON line per run: the job, its duration and its counts only; an error with its stack; nothing for a job not due", async () => {
    const { lines, logger } = capture();
    const jobs = [
      { name: "compte", intervalMs: 60_000, run: async () => ({ closed: 2, email: "camille@exemple.fr", names: ["Camille"] }) },
      {
        name: "casse",
        intervalMs: 60_000,
        run: async () => {
          throw new Error("la tâche a échoué");
        },
      },
    ];
    for (const outcome of await runDueJobs(t.db, jobs)) logJobOutcome(logger, outcome);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "info", event: "job.run", job: "compte", result: { closed: 2 } });
    expect(lines[0]!.result).toEqual({ closed: 2 });
    expect(typeof lines[0]!.durationMs).toBe("number");
    expect(lines[1]).toMatchObject({ level: "error", event: "job.failed", job: "casse", err: { message: "la tâche a échoué" } });
    expect((lines[1]!.err as { stack: string }).stack).toContain("scheduler-log.test.ts");

    // Within its interval the first job is not due: no run, no line. The failed one is retried.
    for (const outcome of await runDueJobs(t.db, jobs)) logJobOutcome(logger, outcome);
    expect(lines.slice(2).map((l) => [l.event, l.job])).toEqual([["job.failed", "casse"]]);
  });
});

import "server-only";
// The scheduled jobs of a running server (started by instrumentation.ts). Every instance
// ticks; the lease (./lease.ts) lets exactly one of them run each due job.
import type { Logger } from "pino";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log/logger";
import { claimDueJob, completeJob, releaseJob } from "./lease";

export type ScheduledJob = {
  name: string;
  /** How often the job runs, across all instances. */
  intervalMs: number;
  /** How long a run may hold the job before another instance may take it over. */
  ttlMs?: number;
  run: (db: Db, now: Date) => Promise<unknown>;
};

export type JobOutcome = { name: string; ran: boolean; error?: unknown; result?: unknown; durationMs?: number };

/** Runs each job that is due and not held elsewhere; returns what happened to each. */
export async function runDueJobs(
  db: Db,
  jobs: readonly ScheduledJob[],
  options: { now?: Date; holder?: string } = {},
): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const now = options.now ?? new Date();
    const claim = await claimDueJob(db, job.name, {
      intervalMs: job.intervalMs,
      ttlMs: job.ttlMs ?? 10 * 60_000,
      holder: options.holder,
      now,
    });
    if (!claim) {
      outcomes.push({ name: job.name, ran: false });
      continue;
    }
    const started = performance.now();
    const durationMs = () => Math.round(performance.now() - started);
    try {
      const result = await job.run(db, now);
      await completeJob(db, claim);
      outcomes.push({ name: job.name, ran: true, result, durationMs: durationMs() });
    } catch (error) {
      await releaseJob(db, claim).catch(() => undefined);
      outcomes.push({ name: job.name, ran: true, error, durationMs: durationMs() });
    }
  }
  return outcomes;
}

/** The numbers of a job's result (counts), and nothing else: never a name or an address. */
function counts(result: unknown): Record<string, number> {
  if (typeof result !== "object" || result === null) return {};
  return Object.fromEntries(Object.entries(result).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
}

/** One JSON line per run: the job, how long it took, its counts, or its error with its stack. */
export function logJobOutcome(logger: Logger, outcome: JobOutcome): void {
  if (!outcome.ran) return;
  const fields = { event: outcome.error ? "job.failed" : "job.run", job: outcome.name, durationMs: outcome.durationMs };
  if (outcome.error) logger.error({ ...fields, err: outcome.error }, `tâche planifiée « ${outcome.name} » en échec`);
  else logger.info({ ...fields, result: counts(outcome.result) }, `tâche planifiée « ${outcome.name} » exécutée`);
}

const state = globalThis as unknown as { rejoindreScheduler?: NodeJS.Timeout };

/**
 * Ticks every `tickMs` in this process, running the jobs that are due. One ticking loop per
 * process; a failed tick (database away) is logged and the next one tries again.
 */
export function startScheduler(
  getDb: () => Promise<Db>,
  jobs: readonly ScheduledJob[],
  options: { tickMs?: number; logger?: Logger } = {},
): void {
  if (state.rejoindreScheduler) return;
  const logger = options.logger ?? log();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const outcome of await runDueJobs(await getDb(), jobs)) logJobOutcome(logger, outcome);
    } catch (error) {
      logger.error({ event: "jobs.unavailable", err: error }, "tâches planifiées : base de données injoignable");
    } finally {
      running = false;
    }
  };
  state.rejoindreScheduler = setInterval(tick, options.tickMs ?? 30_000);
  state.rejoindreScheduler.unref();
  void tick();
}

// The scheduled jobs of a running server (started by instrumentation.ts). Every instance
// ticks; the lease (./lease.ts) lets exactly one of them run each due job.
import type { Db } from "@/lib/db/client";
import { claimDueJob, completeJob, releaseJob } from "./lease";

export type ScheduledJob = {
  name: string;
  /** How often the job runs, across all instances. */
  intervalMs: number;
  /** How long a run may hold the job before another instance may take it over. */
  ttlMs?: number;
  run: (db: Db, now: Date) => Promise<unknown>;
};

export type JobOutcome = { name: string; ran: boolean; error?: unknown; result?: unknown };

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
    try {
      const result = await job.run(db, now);
      await completeJob(db, claim);
      outcomes.push({ name: job.name, ran: true, result });
    } catch (error) {
      await releaseJob(db, claim).catch(() => undefined);
      outcomes.push({ name: job.name, ran: true, error });
    }
  }
  return outcomes;
}

const state = globalThis as unknown as { rejoindreScheduler?: NodeJS.Timeout };

/**
 * Ticks every `tickMs` in this process, running the jobs that are due. One ticking loop per
 * process; a failed tick (database away) is logged and the next one tries again.
 */
export function startScheduler(
  getDb: () => Promise<Db>,
  jobs: readonly ScheduledJob[],
  options: { tickMs?: number; log?: (outcome: JobOutcome) => void } = {},
): void {
  if (state.rejoindreScheduler) return;
  const log =
    options.log ??
    ((o: JobOutcome) => {
      if (o.error) console.error(`Tâche planifiée « ${o.name} » en échec :`, o.error);
    });
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const outcome of await runDueJobs(await getDb(), jobs)) log(outcome);
    } catch (error) {
      console.error("Tâches planifiées : base de données injoignable :", error);
    } finally {
      running = false;
    }
  };
  state.rejoindreScheduler = setInterval(tick, options.tickMs ?? 30_000);
  state.rejoindreScheduler.unref();
  void tick();
}

import "server-only";
// Scheduled work runs on one instance at a time, whatever the number of instances: a job
// runs only on the instance that wins its lease, a row of JobLease claimed with one
// conditional UPDATE (atomic on both backends). A run that dies leaves a lease that expires,
// and another instance takes the job over then.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "@/lib/db/client";

/** This process, as lease holders are named: host, pid and a random part (pids repeat across containers). */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export type JobClaim = { name: string; holder: string; startedAt: Date };

async function ensureLeaseRow(db: Db, name: string): Promise<void> {
  if (await db.jobLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await db.jobLease.create({ data: { name, holder: "", expiresAt: new Date(0) } });
  } catch (error) {
    // Another instance created it between the read and the write: the row is there.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

/**
 * Claims job `name` if it is due (never run, or last started `intervalMs` ago or more) and
 * nobody holds it; the claim lasts `ttlMs`. Returns the claim, or null when another
 * instance holds the job or ran it within the interval.
 */
export async function claimDueJob(
  db: Db,
  name: string,
  options: { intervalMs: number; ttlMs: number; holder?: string; now?: Date },
): Promise<JobClaim | null> {
  const now = options.now ?? new Date();
  const holder = options.holder ?? INSTANCE_ID;
  await ensureLeaseRow(db, name);
  const dueBefore = new Date(now.getTime() - options.intervalMs);
  const { count } = await db.jobLease.updateMany({
    where: {
      name,
      expiresAt: { lte: now },
      OR: [{ lastRunAt: null }, { lastRunAt: { lte: dueBefore } }],
    },
    data: { holder, expiresAt: new Date(now.getTime() + options.ttlMs) },
  });
  return count === 1 ? { name, holder, startedAt: now } : null;
}

/** Ends a claim: the job counts as run at the claim's start, and the lease is free again. */
export async function completeJob(db: Db, claim: JobClaim, now = new Date()): Promise<void> {
  await db.jobLease.updateMany({
    where: { name: claim.name, holder: claim.holder },
    data: { lastRunAt: claim.startedAt, expiresAt: now },
  });
}

/** Gives a claim up after a failed run, without counting it as run: the next tick retries. */
export async function releaseJob(db: Db, claim: JobClaim, now = new Date()): Promise<void> {
  await db.jobLease.updateMany({ where: { name: claim.name, holder: claim.holder }, data: { expiresAt: now } });
}

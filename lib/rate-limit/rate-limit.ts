import { createHash } from "node:crypto";
import { getDb } from "@/lib/db/client";

/** At most `limit` attempts in any `windowMs`, per subject (an address, an account…). */
export type RateLimitRule = { name: string; limit: number; windowMs: number };

export type RateLimitVerdict = {
  allowed: boolean;
  /** Attempts counted over the last window, estimated (see `estimate`). */
  count: number;
  /** When refused: seconds until the subject may try again, for a Retry-After header. */
  retryAfterSeconds: number;
};

/**
 * Counters live in the database, so every instance of the portal counts the same attempts.
 * Subjects are hashed: the table holds no address or e-mail in clear, only counts that
 * expire after two windows.
 */
function counterKey(rule: RateLimitRule, subject: string, window: number): string {
  const hashed = createHash("sha256").update(subject).digest("base64url").slice(0, 22);
  return `${rule.name}:${hashed}:${window}`;
}

type Windows = { current: number; previous: number; elapsed: number };

function windowsAt(rule: RateLimitRule, now: Date): Windows {
  const current = Math.floor(now.getTime() / rule.windowMs);
  return { current, previous: current - 1, elapsed: (now.getTime() % rule.windowMs) / rule.windowMs };
}

/**
 * A sliding window approximated from two fixed ones: the previous window's count weighs
 * as much as the part of it that still falls within the last `windowMs`. A burst at a
 * window boundary therefore cannot double the limit, as plain fixed windows would allow.
 */
function estimate(previous: number, current: number, elapsed: number): number {
  return previous * (1 - elapsed) + current;
}

function verdict(rule: RateLimitRule, count: number, windows: Windows): RateLimitVerdict {
  const allowed = count <= rule.limit;
  const untilWindowEnds = Math.ceil(((1 - windows.elapsed) * rule.windowMs) / 1000);
  return { allowed, count: Math.ceil(count), retryAfterSeconds: allowed ? 0 : Math.max(untilWindowEnds, 1) };
}

async function countOf(key: string): Promise<number> {
  const db = await getDb();
  const row = await db.rateLimitCounter.findUnique({ where: { key }, select: { count: true } });
  return row?.count ?? 0;
}

/** Counts one attempt by `subject`, and says whether it stays within the rule. */
export async function hit(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitVerdict> {
  const db = await getDb();
  const windows = windowsAt(rule, now);
  const key = counterKey(rule, subject, windows.current);
  const expiresAt = new Date((windows.current + 2) * rule.windowMs);
  // A single-row upsert on a unique key: Prisma runs it as the database's own
  // INSERT … ON CONFLICT DO UPDATE, so concurrent attempts are all counted.
  const [counter, previous] = await Promise.all([
    db.rateLimitCounter.upsert({
      where: { key },
      create: { key, count: 1, expiresAt },
      update: { count: { increment: 1 } },
      select: { count: true },
    }),
    countOf(counterKey(rule, subject, windows.previous)),
  ]);
  return verdict(rule, estimate(previous, counter.count, windows.elapsed), windows);
}

/**
 * Whether one more attempt by `subject` would stay within the rule, without counting it:
 * for rules that count failures only, such as sign-in.
 */
export async function check(rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitVerdict> {
  const windows = windowsAt(rule, now);
  const [current, previous] = await Promise.all([
    countOf(counterKey(rule, subject, windows.current)),
    countOf(counterKey(rule, subject, windows.previous)),
  ]);
  return verdict(rule, estimate(previous, current, windows.elapsed) + 1, windows);
}

/** Forgets a subject's attempts (a successful sign-in clears its failures). */
export async function reset(rule: RateLimitRule, subject: string, now = new Date()): Promise<void> {
  const db = await getDb();
  const windows = windowsAt(rule, now);
  await db.rateLimitCounter.deleteMany({
    where: { key: { in: [windows.current, windows.previous].map((w) => counterKey(rule, subject, w)) } },
  });
}

/** Deletes counters that no longer weigh in any window; returns how many. */
export async function purgeExpiredCounters(now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.rateLimitCounter.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

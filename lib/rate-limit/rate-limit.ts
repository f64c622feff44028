import { createHash } from "node:crypto";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { type Db, getDb } from "@/lib/db/client";

/** At most `limit` attempts in a window of `windowMs`, per subject (an address, an account…). */
export type RateLimitRule = { name: string; limit: number; windowMs: number };

export type RateLimitVerdict = {
  allowed: boolean;
  /** Attempts counted in the subject's current window. */
  count: number;
  /** When refused: seconds until the subject may try again, for a Retry-After header. */
  retryAfterSeconds: number;
};

// One limiter per client and rule (rules built from the environment may change between tests).
const limiters = new WeakMap<Db, Map<string, RateLimiterPrisma>>();

/**
 * rate-limiter-flexible's Prisma store (docs/decisions/0022): counters live in the database,
 * so every instance of the portal counts the same attempts. Its own timer that clears expired
 * rows is off: the rate-limit-purge job does it once for all instances.
 */
function limiterFor(db: Db, rule: RateLimitRule): RateLimiterPrisma {
  const byRule = limiters.get(db) ?? new Map<string, RateLimiterPrisma>();
  limiters.set(db, byRule);
  const id = `${rule.name}:${rule.limit}:${rule.windowMs}`;
  let limiter = byRule.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimiterFlexible",
      keyPrefix: rule.name,
      points: rule.limit,
      duration: Math.ceil(rule.windowMs / 1000),
      clearExpiredByTimeout: false,
    });
    byRule.set(id, limiter);
  }
  return limiter;
}

/** Subjects are hashed: the table holds no address or e-mail in clear. */
function subjectKey(subject: string): string {
  return createHash("sha256").update(subject).digest("base64url").slice(0, 22);
}

function verdict(rule: RateLimitRule, count: number, res: RateLimiterRes | null): RateLimitVerdict {
  const allowed = count <= rule.limit;
  const wait = res ? Math.ceil(res.msBeforeNext / 1000) : 0;
  return { allowed, count, retryAfterSeconds: allowed ? 0 : Math.max(wait, 1) };
}

/** Counts one attempt by `subject`, and says whether it stays within the rule. */
export async function hit(rule: RateLimitRule, subject: string): Promise<RateLimitVerdict> {
  // penalty() counts like consume() but resolves over the limit instead of rejecting.
  const res = await limiterFor(await getDb(), rule).penalty(subjectKey(subject));
  return verdict(rule, res.consumedPoints, res);
}

/** Attempts already counted for `subject` in its current window. */
export async function countOf(rule: RateLimitRule, subject: string): Promise<number> {
  const res = await limiterFor(await getDb(), rule).get(subjectKey(subject));
  return res?.consumedPoints ?? 0;
}

/**
 * Whether one more attempt by `subject` would stay within the rule, without counting it:
 * for rules that count failures only, such as sign-in.
 */
export async function check(rule: RateLimitRule, subject: string): Promise<RateLimitVerdict> {
  const res = await limiterFor(await getDb(), rule).get(subjectKey(subject));
  return verdict(rule, (res?.consumedPoints ?? 0) + 1, res);
}

/** Forgets a subject's attempts (a successful sign-in clears its failures). */
export async function reset(rule: RateLimitRule, subject: string): Promise<void> {
  await limiterFor(await getDb(), rule).delete(subjectKey(subject));
}

/** Deletes counters whose window has ended; returns how many. */
export async function purgeExpiredCounters(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimiterFlexible.deleteMany({ where: { expire: { lte: now } } });
  return count;
}

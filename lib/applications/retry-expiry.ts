// Form states kept for a candidate to correct a refused submission (./retry.ts) hold what they
// typed: once expired they go, at the next refused submission and at the daily purge, so that
// none stays for want of another refusal. No "server-only" here: `npm run purge` loads it.
import type { Db } from "@/lib/db/client";

export async function deleteExpiredRetries(db: Db, now: Date): Promise<number> {
  const { count } = await db.applicationRetry.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

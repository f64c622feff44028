import "server-only";
// The scheduled work of the portal. Each job runs once per interval across all instances
// (./lease.ts); add a job here and every running server picks it up.
import { runRetentionPurge } from "@/lib/applications/rights/purge";
import { activeSender } from "@/lib/mail/delivery";
import { deliverDueMail } from "@/lib/mail/outbox";
import { closeExpiredPostings } from "@/lib/postings/auto-close";
import { purgeExpiredCounters } from "@/lib/rate-limit/rate-limit";
import type { ScheduledJob } from "./scheduler";

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  {
    // Mail queued while the mail server was down, or whose first sending failed. Each mail is
    // also claimed on its own (lockedUntil), so a send that races this job never doubles it.
    name: "mail-retries",
    intervalMs: 60_000,
    ttlMs: 5 * 60_000,
    run: async (db) => {
      const send = activeSender();
      return send ? deliverDueMail(db, send) : { sent: 0, failed: 0 };
    },
  },
  {
    // Offers past their closing date are closed, dated at that date (lib/postings/auto-close.ts).
    name: "postings-auto-close",
    intervalMs: 60_000,
    ttlMs: 5 * 60_000,
    run: (db, now) => closeExpiredPostings(db, now),
  },
  {
    // Retention by default (docs/decisions/0010): applications past their period are deleted.
    name: "retention-purge",
    intervalMs: 24 * 60 * 60_000,
    ttlMs: 30 * 60_000,
    run: (db, now) => runRetentionPurge(db, now),
  },
  {
    // Rate-limit counters whose window has ended (docs/decisions/0022): rate-limiter-flexible
    // ignores them, and would otherwise clear them from every instance on its own timer.
    name: "rate-limit-purge",
    intervalMs: 60 * 60_000,
    ttlMs: 10 * 60_000,
    run: async (db, now) => ({ counters: await purgeExpiredCounters(db, now) }),
  },
];

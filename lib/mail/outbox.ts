import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import { withoutPersonalLinks } from "./personal-links";

/** A mail to write to the outbox; `dedupeKey` names the event it reports, so it goes out once. */
export type OutgoingMail = {
  dedupeKey: string;
  to: string;
  replyTo?: string | null;
  subject: string;
  text: string;
};

/** The outbox rows for mails, for a nested `create` in the transaction that causes them. */
export function outboxRows(mails: readonly OutgoingMail[]): Prisma.OutboxMailCreateWithoutApplicationInput[] {
  return mails.map((mail) => ({
    dedupeKey: mail.dedupeKey,
    to: mail.to,
    replyTo: mail.replyTo ?? null,
    subject: mail.subject,
    text: mail.text,
  }));
}

/** Writes one mail to the outbox (inside the caller's transaction when given one); a mail with the same `dedupeKey` already there is kept. */
export async function enqueueMail(db: Db | Prisma.TransactionClient, mail: OutgoingMail, applicationId?: string): Promise<void> {
  const [row] = outboxRows([mail]);
  await db.outboxMail.upsert({
    where: { dedupeKey: mail.dedupeKey },
    create: { ...row!, applicationId: applicationId ?? null },
    update: {},
  });
}

/** Sends one mail; throws when the mail server refuses it or cannot be reached. */
export type SendMail = (mail: { to: string; replyTo: string | null; subject: string; text: string }) => Promise<void>;

// How long a sender may hold a mail before another may take it (a crashed process's claim).
const CLAIM_MS = 5 * 60 * 1000;
const BATCH = 20;

/** Waits before the next try: 1, 2, 4… minutes, at most six hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(2 ** Math.max(attempts - 1, 0) * 60_000, 6 * 60 * 60 * 1000);
}

export type DeliveryReport = { sent: number; failed: number };

/**
 * Sends the mails that are due. Each is first claimed by a conditional update, so that two
 * senders (two instances, or a retry tick during a send) never send the same mail twice; a
 * failure is recorded and the mail tried again later, with a growing delay.
 */
export async function deliverDueMail(db: Db, send: SendMail, now = () => new Date()): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0 };
  const due = await db.outboxMail.findMany({
    where: {
      sentAt: null,
      nextAttemptAt: { lte: now() },
      OR: [{ lockedUntil: null }, { lockedUntil: { lt: now() } }],
    },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, to: true, replyTo: true, subject: true, text: true, attempts: true },
  });
  for (const mail of due) {
    const start = now();
    const claim = await db.outboxMail.updateMany({
      where: { id: mail.id, sentAt: null, OR: [{ lockedUntil: null }, { lockedUntil: { lt: start } }] },
      data: { lockedUntil: new Date(start.getTime() + CLAIM_MS) },
    });
    if (claim.count !== 1) continue;
    const attempts = mail.attempts + 1;
    try {
      await send(mail);
      await db.outboxMail.update({
        where: { id: mail.id },
        data: { sentAt: now(), attempts, lockedUntil: null, lastError: null, text: withoutPersonalLinks(mail.text) },
      });
      report.sent++;
    } catch (error) {
      await db.outboxMail.update({
        where: { id: mail.id },
        data: {
          attempts,
          lockedUntil: null,
          nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
        },
      });
      report.failed++;
    }
  }
  return report;
}

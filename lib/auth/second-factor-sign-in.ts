import "server-only";
// The second step of a sign-in (docs/decisions/0024-second-factor.md): once the password
// is right for an account with a second factor, the browser gets a random ticket (only its
// hash is stored), valid five minutes and for five codes; a right code or an unused recovery
// code then opens the session. A code is taken once: the step is claimed in the database.
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { acceptedTotpStep, openTotpSecret, recoveryCodeHash } from "./totp";

const TICKET_LIFETIME_MS = 5 * 60 * 1000;
export const MAX_CODE_ATTEMPTS = 5;

const ticketHash = (ticket: string) => createHash("sha256").update(ticket).digest("hex");

/** Opens the second step for `userId`; the ticket goes to the browser, never to the database. */
export async function openSignInChallenge(db: Db, userId: string, now = new Date()): Promise<string> {
  const ticket = randomBytes(32).toString("base64url");
  await db.signInChallenge.deleteMany({ where: { OR: [{ userId }, { expiresAt: { lte: now } }] } });
  await db.signInChallenge.create({
    data: { userId, tokenHash: ticketHash(ticket), expiresAt: new Date(now.getTime() + TICKET_LIFETIME_MS) },
  });
  return ticket;
}

export type ChallengeAnswer =
  | { ok: true; user: { id: string; email: string; name: string }; method: "totp" | "recovery-code" }
  | { ok: false; reason: "expired" | "wrong_code" };

/**
 * Checks the code typed at the second step. An unknown, expired or worn-out ticket answers
 * "expired" (the person signs in again); a wrong code counts against the ticket.
 */
export async function answerSignInChallenge(
  db: Db,
  input: { ticket: string; code: string; clientAddress: string; appSecret: string },
  now = new Date(),
): Promise<ChallengeAnswer> {
  const challenge = input.ticket
    ? await db.signInChallenge.findUnique({
        where: { tokenHash: ticketHash(input.ticket) },
        select: {
          id: true,
          expiresAt: true,
          attempts: true,
          user: { select: { id: true, email: true, name: true, disabledAt: true, totpSecret: true, totpLastStep: true } },
        },
      })
    : null;
  if (!challenge || challenge.expiresAt <= now || challenge.attempts >= MAX_CODE_ATTEMPTS || challenge.user.disabledAt) {
    return { ok: false, reason: "expired" };
  }
  const { user } = challenge;
  const method = await claimCode(db, user, input, now);
  const audit = (action: "auth.sign_in" | "auth.sign_in_failed", changes: Record<string, unknown>) =>
    recordAudit(db, {
      action,
      actor: { id: user.id, email: user.email },
      subject: { type: "session", id: user.id, label: user.email },
      origin: { requestId: null, clientAddress: input.clientAddress },
      changes,
    });
  if (!method) {
    await db.signInChallenge.update({ where: { id: challenge.id }, data: { attempts: { increment: 1 } } });
    await audit("auth.sign_in_failed", { motif: "code de double authentification erroné" });
    return { ok: false, reason: "wrong_code" };
  }
  await db.signInChallenge.delete({ where: { id: challenge.id } });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit("auth.sign_in", { méthode: method === "totp" ? "mot de passe et code TOTP" : "mot de passe et code de secours" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name }, method };
}

/** Takes the code once: a TOTP step later than the last one used, or an unused recovery code. */
async function claimCode(
  db: Db,
  user: { id: string; totpSecret: string | null; totpLastStep: number | null },
  input: { code: string; appSecret: string },
  now: Date,
): Promise<"totp" | "recovery-code" | null> {
  if (!user.totpSecret) return null;
  const step = acceptedTotpStep(openTotpSecret(user.totpSecret, input.appSecret), input.code, user.totpLastStep, now.getTime());
  if (step !== null) {
    // Two requests with the same code: only one moves the step forward.
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return count === 1 ? "totp" : null;
  }
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: recoveryCodeHash(input.code), usedAt: null },
    data: { usedAt: now },
  });
  return count === 1 ? "recovery-code" : null;
}

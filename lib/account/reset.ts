import "server-only";
// "Mot de passe oublié": the same answer whether the address has an account or not, a
// single-use link valid one hour, requests throttled per address and per client
// (docs/decisions/0025-own-passwords-and-sessions.md).
import { Abort, type CommandResult, failure, inCommandTransaction } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { normaliseEmail } from "@/lib/auth/email";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { endSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { enqueueMail } from "@/lib/mail/outbox";
import { hit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { accountLinkState, issueAccountLink, spendAccountLink } from "./links";
import { passwordChangedMail, passwordResetMail } from "./mails";

const HOUR = 60 * 60 * 1000;
/** Links sent to one address in an hour: enough for a lost mail, too few to flood a mailbox. */
export const RESET_PER_ADDRESS: RateLimitRule = { name: "password-reset-address", limit: 3, windowMs: HOUR };
/** Requests from one client in an hour, whatever the address. */
export const RESET_PER_CLIENT: RateLimitRule = { name: "password-reset-client", limit: 10, windowMs: HOUR };

export const LINK_PROBLEMS = {
  expired: "Ce lien a expiré : il n'est valable qu'une heure. Demandez-en un nouveau.",
  used: "Ce lien a déjà servi : il ne vaut qu'une fois. Demandez-en un nouveau si besoin.",
  unknown: "Ce lien n'est pas valable : vérifiez qu'il est complet, ou demandez-en un nouveau.",
} as const;

export type ResetRequest = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Sends a link to the address when it names an active account. The answer never says
 * whether it does; only a client sending too many requests is told to wait.
 */
export async function requestPasswordReset(emailTyped: string, origin: RequestOrigin, now = new Date()): Promise<ResetRequest> {
  const email = normaliseEmail(emailTyped);
  const client = await hit(RESET_PER_CLIENT, origin.clientAddress ?? "inconnue");
  if (!client.allowed) return { ok: false, retryAfterSeconds: client.retryAfterSeconds };
  // Over the address's limit, nothing more is sent; the answer stays the same.
  if (!(await hit(RESET_PER_ADDRESS, email)).allowed) return { ok: true };
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, disabledAt: true } });
  if (!user || user.disabledAt) return { ok: true };
  await db.$transaction(async (tx) => {
    const { token } = await issueAccountLink(tx, user.id, "PASSWORD_RESET", now);
    await enqueueMail(tx, passwordResetMail(user, token, now));
    await recordAudit(tx, {
      action: "user.password_reset_request",
      actor: { label: "demande depuis la page de connexion" },
      origin,
      subject: { type: "user", id: user.id, label: user.email },
    });
  });
  return { ok: true };
}

/** What the link in a reset mail is worth now, for its page. */
export async function passwordResetLink(token: string, now = new Date()) {
  return accountLinkState(await getDb(), token, "PASSWORD_RESET", now);
}

/** Sets the new password through a valid link: the link is spent, every session of the person ends. */
export async function resetPasswordWithLink(
  input: { token: string; next: string },
  origin: RequestOrigin,
  now = new Date(),
): Promise<CommandResult> {
  return inCommandTransaction(async (tx) => {
    const link = await accountLinkState(tx, input.token, "PASSWORD_RESET", now);
    if (link.state !== "valid") throw new Abort(failure("invalid", LINK_PROBLEMS[link.state]));
    const problem = passwordProblem(input.next, link.user);
    if (problem) throw new Abort(failure("invalid", problem, "next"));
    if (!(await spendAccountLink(tx, link.linkId, now))) throw new Abort(failure("invalid", LINK_PROBLEMS.used));
    // A person still invited proves the same thing as the invitation would: the mailbox is theirs.
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash: await hashPassword(input.next), invitedAt: null } });
    await tx.accountLink.deleteMany({ where: { userId: link.user.id, purpose: "INVITATION" } });
    const ended = await endSessions(tx, link.user.id, { allBut: null });
    await recordAudit(tx, {
      action: "user.password_reset",
      actor: { id: link.user.id, email: link.user.email },
      origin,
      subject: { type: "user", id: link.user.id, label: link.user.email },
      changes: { sessions_fermées: ended },
    });
    await enqueueMail(tx, passwordChangedMail(link.user, now));
    return { ok: true as const };
  });
}

import "server-only";
// The invitee's side of an invitation (docs/decisions/0027-invitations.md): the link's page,
// the password they choose there, and a new link when theirs has expired. Nobody is signed
// in: the token is the proof, and the same answers are given whatever the address.
import { Abort, type CommandResult, failure, inCommandTransaction } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { getDb } from "@/lib/db/client";
import type { RequestOrigin } from "@/lib/http/request-origin";
import { enqueueMail } from "@/lib/mail/outbox";
import { hit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { accountLinkState, issueAccountLink, linkTokenHash, spendAccountLink } from "./links";
import { invitationMail } from "./mails";

export const INVITATION_PROBLEMS = {
  expired: "Cette invitation a expiré : elle n'était valable que sept jours. Vous pouvez en recevoir une nouvelle ci-dessous.",
  used: "Cette invitation a déjà servi : votre mot de passe est choisi. Connectez-vous, ou utilisez « Mot de passe oublié ».",
  unknown:
    "Cette invitation n'est pas valable : vérifiez que le lien est complet, ou demandez une nouvelle invitation à la personne qui vous a invitée.",
} as const;

/** Requests for a new link from one client in an hour. */
export const RENEWAL_PER_CLIENT: RateLimitRule = { name: "invitation-renewal-client", limit: 10, windowMs: 60 * 60 * 1000 };

/** What an invitation's link is worth now, for its page. A person who has a password already has used it. */
export async function invitationLink(token: string, now = new Date()) {
  const db = await getDb();
  const link = await accountLinkState(db, token, "INVITATION", now);
  if (link.state !== "valid") return link;
  const pending = await db.user.count({ where: { id: link.user.id, invitedAt: { not: null } } });
  return pending ? link : { state: "used" as const };
}

/** The invitee chooses their password: the link is spent, the account is active; no session is opened. */
export async function acceptInvitation(
  input: { token: string; next: string },
  origin: RequestOrigin,
  now = new Date(),
): Promise<CommandResult> {
  return inCommandTransaction(async (tx) => {
    const link = await accountLinkState(tx, input.token, "INVITATION", now);
    if (link.state !== "valid") throw new Abort(failure("invalid", INVITATION_PROBLEMS[link.state]));
    const problem = passwordProblem(input.next, link.user);
    if (problem) throw new Abort(failure("invalid", problem, "next"));
    if (!(await spendAccountLink(tx, link.linkId, now))) throw new Abort(failure("invalid", INVITATION_PROBLEMS.used));
    const { count } = await tx.user.updateMany({
      where: { id: link.user.id, invitedAt: { not: null } },
      data: { passwordHash: await hashPassword(input.next), invitedAt: null },
    });
    if (count !== 1) throw new Abort(failure("invalid", INVITATION_PROBLEMS.used));
    await recordAudit(tx, {
      action: "user.invite_accept",
      actor: { id: link.user.id, email: link.user.email },
      origin,
      subject: { type: "user", id: link.user.id, label: link.user.email },
    });
    return { ok: true as const };
  });
}

/**
 * A new link for an expired invitation, sent to the invited address (never shown): the old
 * token proves the mail reached its reader. Anything else changes nothing, with the same answer.
 */
export async function renewInvitation(
  token: string,
  origin: RequestOrigin,
  now = new Date(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const client = await hit(RENEWAL_PER_CLIENT, origin.clientAddress ?? "inconnue");
  if (!client.allowed) return { ok: false, retryAfterSeconds: client.retryAfterSeconds };
  if ((await accountLinkState(await getDb(), token, "INVITATION", now)).state !== "expired") return { ok: true };
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const link = await tx.accountLink.findUnique({
      where: { tokenHash: linkTokenHash(token) },
      select: {
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            admin: true,
            invitedAt: true,
            memberships: { select: { organisation: { select: { name: true } } } },
          },
        },
      },
    });
    const user = link?.user;
    if (!user?.invitedAt) return;
    const renewed = await issueAccountLink(tx, user.id, "INVITATION", now);
    const context = { inviter: null, organisations: user.memberships.map((m) => m.organisation.name), admin: user.admin };
    await enqueueMail(
      tx,
      invitationMail({ userId: user.id, email: user.email, name: user.name }, renewed.token, renewed.expiresAt, context, now),
    );
    await recordAudit(tx, {
      action: "user.invite_resend",
      actor: { label: "demande depuis un lien d'invitation expiré" },
      origin,
      subject: { type: "user", id: user.id, label: user.email },
    });
  });
  return { ok: true };
}

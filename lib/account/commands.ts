import "server-only";
// What a signed-in person does to their own account: change their password, end their
// sessions. Each command acts on the actor's own rows only (ownAccount in the permissions
// module), audited in the transaction of the change.
import { Abort, type CommandContext, type CommandResult, failure, inCommandTransaction } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { passwordProblem } from "@/lib/auth/password-policy";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ownAccount } from "@/lib/auth/permissions";
import { endSessions } from "@/lib/auth/sessions";
import { enqueueMail } from "@/lib/mail/outbox";
import { passwordChangedMail } from "./mails";
import type { PasswordChange } from "./schema";

const WRONG_CURRENT = "Le mot de passe actuel est incorrect.";
const NO_PASSWORD = "Votre compte n'a pas de mot de passe : il se connecte par ProConnect.";

/**
 * Changes the actor's password after checking the current one. The other sessions end at
 * once (the one asking stays open), and the person is told by mail.
 */
export async function changeOwnPassword(
  { actor, origin }: CommandContext,
  input: PasswordChange,
  currentSessionId: string | null,
  now = new Date(),
): Promise<CommandResult<{ endedSessions: number }>> {
  const me = ownAccount(actor);
  return inCommandTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: me.userId }, select: { email: true, name: true, passwordHash: true } });
    if (!user) throw new Abort(failure("not_found", "Ce compte n'existe plus."));
    if (!user.passwordHash) throw new Abort(failure("invalid", NO_PASSWORD, "current"));
    if (!(await verifyPassword(input.current, user.passwordHash))) throw new Abort(failure("invalid", WRONG_CURRENT, "current"));
    const problem = passwordProblem(input.next, user);
    if (problem) throw new Abort(failure("invalid", problem, "next"));
    if (input.next === input.current) throw new Abort(failure("invalid", "Choisissez un mot de passe différent de l'actuel.", "next"));
    await tx.user.update({ where: { id: me.userId }, data: { passwordHash: await hashPassword(input.next) } });
    const endedSessions = await endSessions(tx, me.userId, { allBut: currentSessionId });
    await recordAudit(tx, {
      action: "user.change_password",
      actor: me.auditActor,
      origin,
      subject: { type: "user", id: me.userId, label: user.email },
      changes: { sessions_fermées: endedSessions },
    });
    await enqueueMail(tx, passwordChangedMail({ id: me.userId, email: user.email, name: user.name }, now));
    return { ok: true as const, endedSessions };
  });
}

/** Ends one of the actor's sessions, or all but the one asking; another person's session id is unknown here. */
export async function endOwnSessions(
  { actor, origin }: CommandContext,
  which: { only: string } | { allBut: string | null },
): Promise<CommandResult<{ ended: number }>> {
  const me = ownAccount(actor);
  return inCommandTransaction(async (tx) => {
    const ended = await endSessions(tx, me.userId, which);
    if ("only" in which && ended === 0) throw new Abort(failure("not_found", "Cette session est déjà fermée."));
    await recordAudit(tx, {
      action: "session.end",
      actor: me.auditActor,
      origin,
      subject: { type: "session", id: me.userId, label: me.auditActor.email },
      changes: { sessions_fermées: ended, ...("only" in which ? {} : { sauf_la_session_courante: true }) },
    });
    return { ok: true as const, ended };
  });
}

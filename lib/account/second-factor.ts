import "server-only";
// A person's second factor: enrolling an authenticator app, its recovery codes, and an
// admin's reset (docs/decisions/0024-second-factor.md). The secret is sealed before it is
// stored; recovery codes are stored as hashes and shown once.
import { Abort, type CommandContext, type CommandResult, failure, inCommandTransaction } from "@/lib/admin/command";
import { recordAudit } from "@/lib/audit/record";
import { verifyPassword } from "@/lib/auth/password";
import { assertCan, ownAccount, secondFactorRequired, userScope } from "@/lib/auth/permissions";
import { endSessions, proveSecondFactor } from "@/lib/auth/sessions";
import { acceptedTotpStep, newRecoveryCodes, newTotpSecret, openTotpSecret, recoveryCodeHash, sealTotpSecret } from "@/lib/auth/totp";
import { env } from "@/lib/config/env";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";

function appSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  // Start-up refuses to run without it (lib/config/env.ts); sessions would not work either.
  if (!secret) throw new Error("NEXTAUTH_SECRET manquant : les secrets TOTP ne peuvent être ni scellés ni lus.");
  return secret;
}
const WRONG_CODE = "Ce code n'est pas valable : saisissez les 6 chiffres affichés en ce moment par votre application.";

/** Where the actor's second factor stands, and whether they have a password, for their account page. */
export async function secondFactorStatus(actor: CommandContext["actor"]) {
  const me = ownAccount(actor);
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({
    where: { id: me.userId },
    select: { passwordHash: true, totpEnabledAt: true, _count: { select: { recoveryCodes: { where: { usedAt: null } } } } },
  });
  return {
    enabledAt: user.totpEnabledAt,
    recoveryCodesLeft: user._count.recoveryCodes,
    required: secondFactorRequired(actor),
    // ProConnect-only accounts have none: nothing to change, nothing to ask for new codes.
    withPassword: user.passwordHash !== null,
  };
}

/** Draws a new secret for the actor to scan; it counts only once a code confirms it. */
export async function startTotpEnrolment({ actor }: CommandContext): Promise<CommandResult> {
  const me = ownAccount(actor);
  const db = await getDb();
  await db.user.update({ where: { id: me.userId }, data: { totpPendingSecret: sealTotpSecret(newTotpSecret(), appSecret()) } });
  return { ok: true };
}

/** The secret being enrolled, to show as a QR code and as text; null when none was drawn. */
export async function pendingTotpSecret(actor: CommandContext["actor"]): Promise<string | null> {
  const me = ownAccount(actor);
  const user = await (await getDb()).user.findUnique({ where: { id: me.userId }, select: { totpPendingSecret: true } });
  return user?.totpPendingSecret ? openTotpSecret(user.totpPendingSecret, appSecret()) : null;
}

/** Draws the person's recovery codes anew (the old ones void) and audits why. */
async function replaceRecoveryCodes(
  tx: Prisma.TransactionClient,
  { me, email, origin }: { me: ReturnType<typeof ownAccount>; email: string; origin: CommandContext["origin"] },
  action: "user.second_factor_enable" | "user.recovery_codes",
): Promise<{ ok: true; recoveryCodes: string[] }> {
  const recoveryCodes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId: me.userId } });
  await tx.recoveryCode.createMany({ data: recoveryCodes.map((code) => ({ userId: me.userId, codeHash: recoveryCodeHash(code) })) });
  await recordAudit(tx, { action, actor: me.auditActor, origin, subject: { type: "user", id: me.userId, label: email } });
  return { ok: true, recoveryCodes };
}

/**
 * Confirms the enrolment with a first code: the second factor is on, and 10 recovery codes are
 * drawn. The session that typed the code (`sessionId`) has proved it: a pending one is lifted.
 */
export async function confirmTotpEnrolment(
  { actor, origin }: CommandContext,
  { code }: { code: string },
  sessionId: string | null,
  now = new Date(),
): Promise<CommandResult<{ recoveryCodes: string[] }>> {
  const me = ownAccount(actor);
  return inCommandTransaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: me.userId }, select: { email: true, totpPendingSecret: true } });
    if (!user.totpPendingSecret)
      throw new Abort(failure("conflict", "Recommencez la configuration : aucun secret n'est en attente.", "code"));
    const secret = openTotpSecret(user.totpPendingSecret, appSecret());
    const step = acceptedTotpStep(secret, code, null, now.getTime());
    if (step === null) throw new Abort(failure("invalid", WRONG_CODE, "code"));
    await tx.user.update({
      where: { id: me.userId },
      data: { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: now, totpLastStep: step },
    });
    if (sessionId) await proveSecondFactor(tx, me.userId, sessionId, "totp", now);
    return replaceRecoveryCodes(tx, { me, email: user.email, origin }, "user.second_factor_enable");
  });
}

/** New recovery codes, the old ones void; asks for the password, as a stolen session must not get them. */
export async function renewRecoveryCodes(
  { actor, origin }: CommandContext,
  { password }: { password: string },
): Promise<CommandResult<{ recoveryCodes: string[] }>> {
  const me = ownAccount(actor);
  return inCommandTransaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: me.userId },
      select: { email: true, passwordHash: true, totpEnabledAt: true },
    });
    if (!user.totpEnabledAt) throw new Abort(failure("conflict", "Activez d'abord la double authentification."));
    if (user.passwordHash && !(await verifyPassword(password, user.passwordHash))) {
      throw new Abort(failure("invalid", "Le mot de passe est incorrect.", "password"));
    }
    return replaceRecoveryCodes(tx, { me, email: user.email, origin }, "user.recovery_codes");
  });
}

/**
 * An admin turns someone's second factor off (a lost phone and lost codes): they enrol again
 * at their next sign-in. Their open sessions end with it (docs/decisions/0026): a reset is the
 * moment the factor is in doubt, so no session proved with it outlives it. Another admin's
 * reset is audited like any other; one's own is refused.
 */
export async function resetSecondFactor({ actor, origin }: CommandContext, userId: string): Promise<CommandResult> {
  assertCan(actor, "users:manage");
  if (userId === actor.id) return failure("forbidden", "Vous ne pouvez pas réinitialiser votre propre double authentification.");
  return inCommandTransaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { AND: [userScope(actor), { id: userId }] },
      select: { email: true, totpEnabledAt: true },
    });
    if (!user) throw new Abort(failure("not_found", "Ce compte n'existe pas."));
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    const endedSessions = await endSessions(tx, userId, { allBut: null });
    await recordAudit(tx, {
      action: "user.second_factor_reset",
      actor,
      origin,
      subject: { type: "user", id: userId, label: user.email },
      changes: {
        avant: { activée_le: user.totpEnabledAt?.toISOString() ?? null },
        après: { activée_le: null },
        sessions_fermées: endedSessions,
      },
    });
    return { ok: true as const };
  });
}

// Email + password sign-in: one generic refusal for an unknown email and a wrong password,
// failures counted per account and per client address, every attempt in the audit log.
import { maskTypedAddress } from "@/lib/audit/personal-data";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { check, hit, reset, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { verifyAgainstNothing, verifyPassword } from "./password";

const FIFTEEN_MINUTES = 15 * 60 * 1000;
/** Five failures in 15 minutes: the sixth attempt waits, even with the right password. */
export const ACCOUNT_FAILURES: RateLimitRule = { name: "sign-in-account", limit: 5, windowMs: FIFTEEN_MINUTES };
export const ADDRESS_FAILURES: RateLimitRule = { name: "sign-in-address", limit: 5, windowMs: FIFTEEN_MINUTES };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signInWithPassword(
  input: { email: string; password: string; clientAddress: string },
  now = new Date(),
): Promise<SignInResult> {
  const db = await getDb();
  const email = normaliseEmail(input.email);
  // What was typed is kept as typed only when it names an account (docs/decisions/0015).
  const audit = (action: "auth.sign_in" | "auth.sign_in_failed", user: { id: string } | null, reason?: string, known = true) => {
    const label = known ? email : maskTypedAddress(email);
    return recordAudit(db, {
      action,
      actor: user ? { id: user.id, email } : { label: label || "(vide)" },
      subject: { type: "session", id: user?.id ?? null, label },
      origin: { requestId: null, clientAddress: input.clientAddress },
      changes: reason ? { motif: reason } : { méthode: "mot de passe" },
    });
  };
  const isAccount = async () => Boolean(email && (await db.user.findUnique({ where: { email }, select: { id: true } })));

  const verdicts = await Promise.all([check(ACCOUNT_FAILURES, email, now), check(ADDRESS_FAILURES, input.clientAddress, now)]);
  const refused = verdicts.filter((v) => !v.allowed);
  if (refused.length) {
    await audit("auth.sign_in_failed", null, "trop de tentatives", await isAccount());
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.max(...refused.map((v) => v.retryAfterSeconds)) };
  }

  const user = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true } })
    : null;
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(input.password, user.passwordHash)
      : await verifyAgainstNothing(input.password);

  if (!valid || !user) {
    await Promise.all([hit(ACCOUNT_FAILURES, email, now), hit(ADDRESS_FAILURES, input.clientAddress, now)]);
    const reason = !user ? "adresse inconnue" : user.disabledAt ? "compte désactivé" : "mot de passe erroné";
    await audit("auth.sign_in_failed", null, reason, Boolean(user));
    return { ok: false, reason: "invalid" };
  }

  await reset(ACCOUNT_FAILURES, email, now);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit("auth.sign_in", user);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

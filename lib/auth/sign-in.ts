// Email + password sign-in: one generic refusal for an unknown email and a wrong password,
// failures counted per client, per account and client, and per account (docs/decisions/0022),
// every attempt in the audit log.
import { maskTypedAddress } from "@/lib/audit/personal-data";
import { recordAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db/client";
import { spendChallenge, verifyChallenge } from "@/lib/proof-of-work/challenge";
import { check, countOf, hit, type RateLimitRule, reset } from "@/lib/rate-limit/rate-limit";
import { normaliseEmail } from "./email";
import { verifyAgainstNothing, verifyPassword } from "./password";

export { normaliseEmail } from "./email";

const MINUTE = 60_000;
/**
 * What a client may fail before it must wait, whatever the accounts it tries: a quarter of an
 * hour after 10 failures, then a whole day after 50 (the delay grows as the failures go on).
 */
export const CLIENT_FAILURES: RateLimitRule = { name: "sign-in-client", limit: 10, windowMs: 15 * MINUTE };
export const CLIENT_DAILY_FAILURES: RateLimitRule = { name: "sign-in-client-day", limit: 50, windowMs: 24 * 60 * MINUTE };
/** One account from one client: 5 failures, then that client waits for that account. */
export const ACCOUNT_CLIENT_FAILURES: RateLimitRule = { name: "sign-in-account-client", limit: 5, windowMs: 15 * MINUTE };
/**
 * One account from anywhere: past 5 failures in an hour, every client must also send a solved
 * proof of work. The account is never locked: its owner's browser solves it unseen.
 */
export const ACCOUNT_FAILURES: RateLimitRule = { name: "sign-in-account", limit: 5, windowMs: 60 * MINUTE };

export type SignInResult =
  /** `secondFactor`: the password is right, but the session waits for a code (lib/auth/second-factor-sign-in.ts). */
  | { ok: true; user: { id: string; email: string; name: string }; secondFactor: boolean }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "proof-of-work" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export type SignInInput = {
  email: string;
  password: string;
  clientAddress: string;
  /** The ALTCHA widget's payload, which the sign-in form always sends when JavaScript runs. */
  proofOfWork?: string | null;
};

const pairOf = (email: string, client: string) => `${email}\n${client}`;

/** The proof of work an account that is failing needs: sent, solved and never used before ("held"), or not. */
async function proofOfWork(raw: string | null | undefined): Promise<"held" | "absent" | "refused"> {
  const verdict = await verifyChallenge(raw ?? null);
  if (verdict.kind === "absent") return "absent";
  return verdict.kind === "solved" && (await spendChallenge(await getDb(), verdict)) ? "held" : "refused";
}

export async function signInWithPassword(input: SignInInput, now = new Date()): Promise<SignInResult> {
  const db = await getDb();
  const email = normaliseEmail(input.email);
  const client = input.clientAddress;
  // What was typed is kept as typed only when it names an account (docs/decisions/0015).
  const audit = (action: "auth.sign_in" | "auth.sign_in_failed", user: { id: string } | null, reason?: string, known = true) => {
    const label = known ? email : maskTypedAddress(email);
    return recordAudit(db, {
      action,
      actor: user ? { id: user.id, email } : { label: label || "(vide)" },
      subject: { type: "session", id: user?.id ?? null, label },
      origin: { requestId: null, clientAddress: client },
      changes: reason ? { motif: reason } : { méthode: "mot de passe" },
    });
  };
  const isAccount = async () => Boolean(email && (await db.user.findUnique({ where: { email }, select: { id: true } })));
  const clientFailed = () => Promise.all([hit(CLIENT_FAILURES, client), hit(CLIENT_DAILY_FAILURES, client)]);

  // Only counters this client filled itself can make it wait: others failing against the
  // same account never refuse it.
  const verdicts = await Promise.all([
    check(CLIENT_FAILURES, client),
    check(CLIENT_DAILY_FAILURES, client),
    check(ACCOUNT_CLIENT_FAILURES, pairOf(email, client)),
  ]);
  const refused = verdicts.filter((v) => !v.allowed);
  if (refused.length) {
    await audit("auth.sign_in_failed", null, "trop de tentatives depuis ce client", await isAccount());
    return { ok: false, reason: "throttled", retryAfterSeconds: Math.max(...refused.map((v) => v.retryAfterSeconds)) };
  }

  // Failures are counted for unknown addresses too, so asking for a proof of work says
  // nothing of whether the address has an account.
  if ((await countOf(ACCOUNT_FAILURES, email)) >= ACCOUNT_FAILURES.limit) {
    const proof = await proofOfWork(input.proofOfWork);
    if (proof !== "held") {
      // The sign-in form first sends what it has solved so far, and its proof once asked for
      // it: only a forged or replayed one counts as a failure.
      if (proof === "refused") await clientFailed();
      await audit("auth.sign_in_failed", null, "preuve de travail absente ou invalide", await isAccount());
      return { ok: false, reason: "proof-of-work" };
    }
  }

  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true, totpEnabledAt: true },
      })
    : null;
  const valid =
    user?.passwordHash && !user.disabledAt
      ? await verifyPassword(input.password, user.passwordHash)
      : await verifyAgainstNothing(input.password);

  if (!valid || !user) {
    await Promise.all([clientFailed(), hit(ACCOUNT_CLIENT_FAILURES, pairOf(email, client)), hit(ACCOUNT_FAILURES, email)]);
    const reason = !user ? "adresse inconnue" : user.disabledAt ? "compte désactivé" : "mot de passe erroné";
    await audit("auth.sign_in_failed", null, reason, Boolean(user));
    return { ok: false, reason: "invalid" };
  }

  // The account's own counter stays: whoever is failing elsewhere still owes a proof of work.
  await reset(ACCOUNT_CLIENT_FAILURES, pairOf(email, client));
  const signedIn = { id: user.id, email: user.email, name: user.name };
  // With a second factor, the sign-in is recorded once the code is right.
  if (user.totpEnabledAt) return { ok: true, user: signedIn, secondFactor: true };
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit("auth.sign_in", user);
  return { ok: true, user: signedIn, secondFactor: false };
}

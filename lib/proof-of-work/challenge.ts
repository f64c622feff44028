import { randomBytes } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge, type Payload } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { env } from "@/lib/config/env";
import type { Db } from "@/lib/db/client";

// A proof of work takes a browser about a second and costs a bot that much per submission.
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 500;
// Long enough to fill in the form at leisure; the widget fetches a new one when it expires.
export const CHALLENGE_LIFETIME_MS = 2 * 60 * 60 * 1000;

const globalForKey = globalThis as unknown as { rejoindreAltchaKey?: string };

function hmacKey(): string {
  const configured = env().ALTCHA_HMAC_KEY;
  if (configured) return configured;
  globalForKey.rejoindreAltchaKey ??= randomBytes(32).toString("base64url");
  return globalForKey.rejoindreAltchaKey;
}

/** A new signed challenge for the form's widget. */
export function newChallenge(now = new Date()): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(2_000, 6_000),
    deriveKey,
    expiresAt: new Date(now.getTime() + CHALLENGE_LIFETIME_MS),
    hmacSignatureSecret: hmacKey(),
  });
}

export type ChallengeVerdict =
  /** No payload at all: JavaScript was off, the application is kept "à vérifier". */
  { kind: "absent" } | { kind: "solved"; id: string; expiresAt: Date } | { kind: "expired" } | { kind: "invalid" };

function parsePayload(raw: string): Payload | null {
  try {
    const payload = JSON.parse(Buffer.from(raw, "base64").toString("utf8")) as Payload;
    return payload?.challenge?.parameters && payload.solution ? payload : null;
  } catch {
    return null;
  }
}

/**
 * Checks the widget's payload: signed by this portal, solved, not expired. Whether it was
 * already used is settled when it is spent (UsedChallenge, one row each): in the
 * application's transaction, or by `spendChallenge` at sign-in.
 */
export async function verifyChallenge(raw: FormDataEntryValue | null): Promise<ChallengeVerdict> {
  if (raw === null || raw === "") return { kind: "absent" };
  if (typeof raw !== "string" || raw.length > 10_000) return { kind: "invalid" };
  const payload = parsePayload(raw);
  if (!payload) return { kind: "invalid" };
  try {
    const result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: hmacKey(),
    });
    if (result.expired) return { kind: "expired" };
    if (!result.verified) return { kind: "invalid" };
  } catch {
    return { kind: "invalid" };
  }
  const { nonce, expiresAt } = payload.challenge.parameters;
  return {
    kind: "solved",
    id: nonce,
    expiresAt: new Date((expiresAt ?? 0) * 1000 || Date.now() + CHALLENGE_LIFETIME_MS),
  };
}

/**
 * Marks a solved challenge as used, outside any other write (sign-in): false when it was
 * already used. Spent challenges are kept until they expire, when they could no longer be
 * replayed anyway.
 */
export async function spendChallenge(db: Db, solved: { id: string; expiresAt: Date }): Promise<boolean> {
  try {
    await db.usedChallenge.create({ data: { id: solved.id, expiresAt: solved.expiresAt } });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

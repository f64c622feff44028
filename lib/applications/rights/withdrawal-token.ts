import "server-only";
// The personal link of the acknowledgement mail: a random token the candidate holds, of which
// the database keeps only a hash, so that a leaked database withdraws nothing.
import { createHash, randomBytes } from "node:crypto";

export function newWithdrawalToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashWithdrawalToken(token) };
}

export function hashWithdrawalToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether `token` has the shape of one we issue: anything else is refused without a query. */
export function isWithdrawalToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

import "server-only";
// Time-based one-time passwords (RFC 6238) on otpauth: 6 digits, 30 seconds, SHA-1, which
// every authenticator app reads (docs/decisions/0024-second-factor.md). A code is accepted
// one step either side of now, and never twice: the last step used is kept per person.
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { SERVICE_NAME } from "@/lib/brand";

const PERIOD = 30;
const WINDOW = 1;

function totpOf(secret: string, label: string): TOTP {
  return new TOTP({ issuer: SERVICE_NAME, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The secret as a person types it: groups of four letters. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/**
 * The time step `code` belongs to, when it is right for `secret` now and later than
 * `lastStep` (a code already used, or an older one, is refused); null otherwise.
 */
export function acceptedTotpStep(secret: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpOf(secret, "").validate({ token, timestamp: now, window: WINDOW });
  if (delta === null) return null;
  const step = TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** The code of `secret` at `now`: for tests and the local stand-ins, never shown by the portal. */
export function totpCodeAt(secret: string, now = Date.now()): string {
  return totpOf(secret, "").generate({ timestamp: now });
}

export { openTotpSecret, sealTotpSecret } from "./totp-seal";

// Recovery codes: 10 random codes of 10 characters, shown once, stored as SHA-256 hashes
// (they carry 50 bits of randomness each: a slow hash adds nothing).
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(randomBytes(10), (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The stored form of a recovery code, whatever case, spaces or dashes it is typed with. */
export function recoveryCodeHash(code: string): string {
  return createHash("sha256")
    .update(code.toLowerCase().replace(/[^a-z0-9]/g, ""))
    .digest("hex");
}

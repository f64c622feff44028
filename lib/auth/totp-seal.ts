// No "server-only" here: the end-to-end tests seal their accounts' secrets with this very
// code (e2e/accounts.ts), so that what they store is what the portal opens.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Secrets are stored encrypted (AES-256-GCM) under a key derived from NEXTAUTH_SECRET, so
// that a copy of the database alone does not give anyone's second factor.
function key(appSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret, "rejoindre", "totp-secret", 32));
}

export function sealTotpSecret(secret: string, appSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(appSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

export function openTotpSecret(stored: string, appSecret: string): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("secret TOTP illisible");
  const decipher = createDecipheriv("aes-256-gcm", key(appSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString("utf8");
}

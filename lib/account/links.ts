// Single-use links that let a person choose a password: a forgotten password (valid one hour)
// and an invitation (seven days). The token goes into the mail only; the database keeps its
// SHA-256 hash (docs/decisions/0025-own-passwords-and-sessions.md).
// No `server-only` here: `npm run user:create` issues invitations too.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { AccountLinkPurpose, Prisma } from "@/lib/db/models";

export const LINK_LIFETIME_MS: Record<AccountLinkPurpose, number> = {
  PASSWORD_RESET: 60 * 60 * 1000,
  INVITATION: 7 * 24 * 60 * 60 * 1000,
};

/** Tokens are 32 random bytes in base64url: 43 characters. Anything else is not one. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const linkTokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new link for `userId`; the person's earlier links of the same purpose stop working. */
export async function issueAccountLink(
  tx: Db | Prisma.TransactionClient,
  userId: string,
  purpose: AccountLinkPurpose,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS[purpose]);
  await tx.accountLink.deleteMany({ where: { userId, purpose } });
  await tx.accountLink.create({ data: { userId, purpose, tokenHash: linkTokenHash(token), expiresAt } });
  return { token, expiresAt };
}

export type LinkState =
  | { state: "valid"; linkId: string; user: { id: string; email: string; name: string } }
  | { state: "expired" | "used" | "unknown" };

/** What a link is worth now. Forged, truncated and revoked tokens are all "unknown". */
export async function accountLinkState(
  db: Db | Prisma.TransactionClient,
  token: string,
  purpose: AccountLinkPurpose,
  now = new Date(),
): Promise<LinkState> {
  if (!TOKEN_SHAPE.test(token)) return { state: "unknown" };
  const link = await db.accountLink.findUnique({
    where: { tokenHash: linkTokenHash(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, disabledAt: true } },
    },
  });
  if (!link || link.purpose !== purpose || link.user.disabledAt) return { state: "unknown" };
  if (link.usedAt) return { state: "used" };
  if (link.expiresAt <= now) return { state: "expired" };
  const { disabledAt: _disabled, ...user } = link.user;
  return { state: "valid", linkId: link.id, user };
}

/** Marks a link used, once: false when another request used it first. */
export async function spendAccountLink(tx: Prisma.TransactionClient, linkId: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.accountLink.updateMany({ where: { id: linkId, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  return count === 1;
}

// Sessions live in the database: the signed cookie (a next-auth JWT) only names a row, so
// that signing out, disabling a user or an expiry takes effect at once on every instance.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import type { Actor } from "./permissions";

/** A session lasts 8 hours from sign-in, however active: no sliding renewal. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** How stale "last seen" may be: a session is written at most once in this time, not on every request. */
export const LAST_SEEN_PRECISION_MS = 5 * 60 * 1000;
/** The longest user agent kept: enough to name the browser, not a place to store a payload. */
const USER_AGENT_MAX = 300;

/** How a session proved a second factor: a code of the person's authenticator, one of their recovery codes, or ProConnect. */
export type SecondFactorMethod = "totp" | "recovery-code" | "proconnect";

export async function createSession(
  db: Db,
  userId: string,
  { userAgent = null, secondFactor = null }: { userAgent?: string | null; secondFactor?: SecondFactorMethod | null } = {},
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  // Expired rows of this user go when they sign in again; nothing else needs them.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return db.session.create({
    data: {
      userId,
      expiresAt,
      lastSeenAt: now,
      userAgent: userAgent?.slice(0, USER_AGENT_MAX) || null,
      secondFactorAt: secondFactor ? now : null,
      secondFactorMethod: secondFactor,
    },
    select: { id: true, expiresAt: true },
  });
}

/** A person's open sessions, the latest active first. */
export function openSessions(db: Db, userId: string, now = new Date()) {
  return db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true },
  });
}

/**
 * Ends sessions of one person: one by id, or every one but `keep` (the session asking).
 * Scoped by the person, so that nobody ends a session that is not theirs.
 */
export async function endSessions(
  db: Db | Prisma.TransactionClient,
  userId: string,
  which: { only: string } | { allBut: string | null },
): Promise<number> {
  const where = "only" in which ? { userId, id: which.only } : { userId, ...(which.allBut ? { id: { not: which.allBut } } : {}) };
  const { count } = await db.session.deleteMany({ where });
  return count;
}

/**
 * Marks a session as having proved a second factor now, when it had not: the person who just
 * enrolled in a pending session goes on without signing in again. Scoped by the person.
 */
export async function proveSecondFactor(
  db: Db | Prisma.TransactionClient,
  userId: string,
  sessionId: string,
  method: SecondFactorMethod,
  now = new Date(),
): Promise<void> {
  await db.session.updateMany({
    where: { id: sessionId, userId, secondFactorAt: null },
    data: { secondFactorAt: now, secondFactorMethod: method },
  });
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/**
 * The actor behind a session id, or null when the session is unknown, expired, or its
 * user disabled. Read on every request: a change of role applies at once, and so does the
 * second factor a role requires (permissions.ts, secondFactorPending).
 */
export async function actorForSession(db: Db, sessionId: string, now = new Date()): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      lastSeenAt: true,
      secondFactorAt: true,
      secondFactorMethod: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          admin: true,
          disabledAt: true,
          memberships: { select: { organisationId: true, role: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  // One write every few minutes at most, decided from the row just read: most requests write nothing.
  if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const { disabledAt: _disabled, ...person } = session.user;
  // Only createSession and proveSecondFactor write the method, with the type's values; the date says whether it was proved.
  const secondFactor = session.secondFactorAt ? ((session.secondFactorMethod ?? "totp") as SecondFactorMethod) : null;
  return { ...person, secondFactor };
}

// Sessions live in the database: the signed cookie (a next-auth JWT) only names a row, so
// that signing out, disabling a user or an expiry takes effect at once on every instance.
import type { Db } from "@/lib/db/client";
import type { Actor } from "./permissions";

/** A session lasts 8 hours from sign-in, however active: no sliding renewal. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export async function createSession(db: Db, userId: string, now = new Date()): Promise<{ id: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  // Expired rows of this user go when they sign in again; nothing else needs them.
  await db.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return db.session.create({ data: { userId, expiresAt }, select: { id: true, expiresAt: true } });
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/**
 * The actor behind a session id, or null when the session is unknown, expired, or its
 * user disabled. Read on every request: a change of role applies at once.
 */
export async function actorForSession(db: Db, sessionId: string, now = new Date()): Promise<Actor | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
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
  const { disabledAt: _disabled, ...actor } = session.user;
  return actor;
}

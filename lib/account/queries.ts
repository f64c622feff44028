import "server-only";
import { ownAccount, type Actor } from "@/lib/auth/permissions";
import { openSessions } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/client";
import { browserLabel } from "./browser";

/** The actor's own open sessions, the one asking marked, with the browser named. */
export async function listOwnSessions(actor: Actor | null, currentSessionId: string | null, now = new Date()) {
  const me = ownAccount(actor);
  const sessions = await openSessions(await getDb(), me.userId, now);
  return sessions.map(({ userAgent, ...session }) => ({
    ...session,
    browser: browserLabel(userAgent),
    current: session.id === currentSessionId,
  }));
}

import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { SECOND_FACTOR_PATH } from "@/lib/account/paths";
import { SIGN_IN_PATH, secureCookies } from "./options";
import { type Actor, secondFactorPending } from "./permissions";
import { actorForSession } from "./sessions";

/**
 * The signed-in actor of this request, or null. Loaded once per request, from the database:
 * the signed cookie names the session row, which the public session (/api/auth/session) does not.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const sessionId = await currentSessionId();
  return sessionId ? actorForSession(await getDb(), sessionId) : null;
});

/** The id of the session row the signed cookie names, or null; whether it is still open is for actorForSession to say. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  // Cookies only, as getServerSession reads them: no Authorization header.
  const req = { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const token = await getToken({ req, secret: env().NEXTAUTH_SECRET, secureCookie: secureCookies() });
  return typeof token?.sid === "string" ? token.sid : null;
});

/**
 * For pages: the actor, or a redirect to the sign-in page that comes back to `returnTo`. A
 * pending session (its role requires a second factor it has not proved) is sent to the
 * enrolment page, unless the page is one enrolling needs (`whilePending`). The data functions
 * refuse a pending actor anyway (permissions.ts): this only spares them a page of refusals.
 */
export async function requireActorOrSignIn(returnTo: string, { whilePending = false } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!whilePending && secondFactorPending(actor)) redirect(SECOND_FACTOR_PATH);
  return actor;
}

// Server actions and route handlers read the actor through lib/admin/boundary.ts.

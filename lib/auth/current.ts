import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { authOptions, SIGN_IN_PATH } from "./options";
import { assertCan, Forbidden, type Actor, type Permission } from "./permissions";
import { actorForSession } from "./sessions";

/** The signed-in actor of this request, or null. Loaded once per request, from the database. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.sid) return null;
  return actorForSession(await getDb(), session.sid);
});

/** For pages: the actor, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireActorOrSignIn(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`${SIGN_IN_PATH}?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

/** For server actions and route handlers: the actor, or Forbidden (never a redirect to follow blindly). */
export async function requireActor(permission?: Permission, organisationId?: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new Forbidden("Votre session a expiré : reconnectez-vous.");
  if (permission) assertCan(actor, permission, organisationId);
  return actor;
}

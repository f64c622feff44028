import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { authOptions, SIGN_IN_PATH } from "./options";
import type { Actor } from "./permissions";
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

// Server actions and route handlers read the actor through lib/admin/boundary.ts.

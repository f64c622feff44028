// Server actions and private routes, run by tests as a request would run them: the session
// the boundary reads, the request's headers, and Next's redirect. Test files hand these to
// vi.mock, e.g. `vi.mock("next/headers", async () => (await import("@/lib/test/admin-request")).headersModule)`.
import type { Actor } from "@/lib/auth/permissions";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

/** The request under way: who is signed in, and the headers proxy.ts would have set. */
export const request = {
  actor: null as Actor | null,
  headers: new Headers({ [REQUEST_ID_HEADER]: "requete-de-test", "x-forwarded-for": "192.0.2.10" }),
};

/** What redirect() throws in tests: the path it was given. */
export class Redirected extends Error {}

export const currentModule = { currentActor: async () => request.actor, requireActorOrSignIn: async () => request.actor };
export const headersModule = { headers: async () => request.headers };
export const cacheModule = { refresh: () => undefined, revalidatePath: () => undefined, revalidateTag: () => undefined };
export const navigationModule = {
  redirect: (to: string) => {
    throw new Redirected(to);
  },
};

/** Runs `run` as `actor`'s request. */
export async function as<T>(actor: Actor | null, run: () => Promise<T>): Promise<T> {
  request.actor = actor;
  try {
    return await run();
  } finally {
    request.actor = null;
  }
}

/** Where an action redirected to, or null when it answered without redirecting. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    if (error instanceof Redirected) return error.message;
    throw error;
  }
}

export function formOf(fields: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of Array.isArray(value) ? value : [value]) data.append(name, one);
  }
  return data;
}

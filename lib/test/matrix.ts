// How the authorization matrices read one caller's attempt.
import { Forbidden } from "@/lib/auth/permissions";
import type { FormState } from "@/lib/admin/form-state";
import type { Actor } from "@/lib/auth/permissions";
import { as, redirectOf } from "./admin-request";

/**
 * "denied" for Forbidden, a null read, or a not_found refusal (another organisation's row
 * answers as one that does not exist); any other refusal is a broken case and fails the test.
 */
export async function accessOutcome(run: () => Promise<unknown>): Promise<"allowed" | "denied"> {
  try {
    const result = await run();
    if (result === null || result === undefined) return "denied";
    if (typeof result === "object" && "ok" in result && result.ok === false && "error" in result) {
      if (result.error === "not_found") return "denied";
      throw new Error(`refus inattendu : ${JSON.stringify(result)}`);
    }
    return "allowed";
  } catch (error) {
    if (error instanceof Forbidden) return "denied";
    throw error;
  }
}

/** A form action run as `actor`'s request: its success (a message, or where it redirected), or null. */
export async function viaAction(actor: Actor | null, run: () => Promise<FormState<unknown>>): Promise<unknown> {
  let state: FormState<unknown> | null = null;
  const redirected = await redirectOf(async () => {
    state = await as(actor, run);
  });
  if (redirected) return redirected;
  const answer = state as FormState<unknown> | null;
  return answer?.severity === "success" ? answer : null;
}

/** What a matrix expects of each caller: "allowed" for those named, "denied" for everyone else. */
export const expectedOutcomes = (people: readonly string[], allowed: readonly string[]): Record<string, "allowed" | "denied"> =>
  Object.fromEntries(people.map((p) => [p, allowed.includes(p) ? "allowed" : "denied"]));

// What every back-office command takes and answers (docs/decisions/0013-one-door-into-the-back-office.md).
// No `server-only` here: the command-line tools (npm run user:create, import) run commands too.
// A command checks the actor's rights itself (lib/auth/permissions.ts), writes in one
// transaction with its audit event, and answers an expected refusal as a value.
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/models";
import type { RequestOrigin } from "@/lib/http/request-origin";

/** Who asks, and from where: the boundary reads both once per request and hands them over. */
export type CommandContext = { actor: Actor | null; origin: RequestOrigin };

/**
 * An expected refusal. `not_found` also answers ids of other organisations: nobody learns
 * whether a row they may not read exists. `forbidden` is for rows the actor may read but
 * not change (a reader of the organisation).
 */
export type Failure = {
  ok: false;
  error: "not_found" | "forbidden" | "conflict" | "invalid";
  message: string;
  /** The form field the message belongs next to. */
  field?: string;
};

/** What changed, for the boundary to refresh: public pages of these offers (by slug). */
export type Changed = { postings?: string[] };

export type CommandResult<T = object> = ({ ok: true; changed?: Changed } & T) | Failure;

export const failure = (error: Failure["error"], message: string, field?: string): Failure =>
  field ? { ok: false, error, message, field } : { ok: false, error, message };

/** Thrown inside a command's transaction to roll back what it wrote and answer `failure`. */
export class Abort extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

/** Runs `work` in a transaction; an Abort rolls it back and becomes the command's answer. */
export async function inCommandTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T | Failure> {
  const db = await getDb();
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (error instanceof Abort) return error.failure;
    throw error;
  }
}

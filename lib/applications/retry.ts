import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { deleteExpiredRetries } from "./retry-expiry";
import type { FieldErrors, TypedValues } from "./schema";

/** What the form shows again after a submission sent back for corrections. */
export type RetryState = { values: TypedValues; errors: FieldErrors; message?: string };

// Long enough to read the errors and fix them; short, because it holds what a person typed.
const RETRY_LIFETIME_MS = 60 * 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** Keeps the state for the form page and returns the token that finds it; drops expired ones. */
export async function saveRetry(postingId: string, state: RetryState, now = new Date()): Promise<string> {
  const db = await getDb();
  const id = randomBytes(24).toString("base64url");
  await deleteExpiredRetries(db, now);
  await db.applicationRetry.create({
    data: { id, postingId, state: JSON.stringify(state), expiresAt: new Date(now.getTime() + RETRY_LIFETIME_MS) },
  });
  return id;
}

/** The state a token names, for that posting, while it lasts. */
export async function loadRetry(token: unknown, postingId: string, now = new Date()): Promise<RetryState | null> {
  if (typeof token !== "string" || !TOKEN.test(token)) return null;
  const db = await getDb();
  const row = await db.applicationRetry.findUnique({ where: { id: token } });
  if (!row || row.postingId !== postingId || row.expiresAt <= now) return null;
  return JSON.parse(row.state) as RetryState;
}

/** Forgets a state once the application it belonged to is stored. */
export async function deleteRetry(token: unknown): Promise<void> {
  if (typeof token !== "string" || !TOKEN.test(token)) return;
  const db = await getDb();
  await db.applicationRetry.deleteMany({ where: { id: token } });
}

import "server-only";
import { headers } from "next/headers";
import { log } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * Logs an error a server action caught and turned into a French message: the visitor sees the
 * message, the log keeps the error with the id of the request that met it.
 */
export async function logUnexpected(error: unknown, what: string): Promise<void> {
  let requestId: string | undefined;
  try {
    requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    // Outside a request (scripts, tests): no id to give.
  }
  log().error({ err: error, requestId }, what);
}

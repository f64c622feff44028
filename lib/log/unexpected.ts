import "server-only";
import { headers } from "next/headers";
import { log } from "./logger";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * Logs an error that was caught and turned into a calm French message: the visitor sees the
 * message, the log keeps the error with the id of the request that met it. Callers that
 * already know the request's id pass it; otherwise it is read from the request under way.
 */
export async function logUnexpected(
  error: unknown,
  what: string,
  context: { requestId?: string | null; [field: string]: unknown } = {},
): Promise<void> {
  let requestId = context.requestId ?? undefined;
  if (requestId === undefined) {
    try {
      requestId = (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
    } catch {
      // Outside a request (scripts, tests): no id to give.
    }
  }
  log().error({ ...context, err: error, requestId }, what);
}

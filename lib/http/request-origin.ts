import "server-only";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { clientAddress } from "./client-address";

/** Where a request came from, as the audit log and the error log keep it. */
export type RequestOrigin = { requestId: string | null; clientAddress: string | null };

/** For commands run outside any request: command-line tools, scheduled jobs, tests. */
export const NO_ORIGIN: RequestOrigin = { requestId: null, clientAddress: null };

/** The request id proxy.ts gave this request, and its client's address (as the server vouched for it, docs/decisions/0016). */
export function requestOriginOf(headers: Headers): RequestOrigin {
  return { requestId: headers.get(REQUEST_ID_HEADER), clientAddress: clientAddress(headers) };
}

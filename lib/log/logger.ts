import { pino, stdTimeFunctions, type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/config/env";
import { REQUEST_ID_HEADER } from "./request-id";

/**
 * Structured logs: one JSON object per line on the standard output, for the process manager
 * or the container runtime to collect. Errors keep their stack here, never on a page.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "rejoindre" },
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

let shared: Logger | undefined;

export function log(): Logger {
  shared ??= createLogger(env().LOG_LEVEL);
  return shared;
}

/** What onRequestError (instrumentation.ts) is told about a failed request. */
export interface FailedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}
export interface FailureContext {
  routerKind: string;
  routePath: string;
  routeType: string;
}

/**
 * Logs a request that failed on the server. The route's pattern is logged, not its path,
 * which may carry a personal token (withdrawal links).
 */
export function logFailedRequest(logger: Logger, error: unknown, request: FailedRequest, context: FailureContext): void {
  const requestId = request.headers[REQUEST_ID_HEADER];
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      method: request.method,
      route: context.routePath,
      routeType: context.routeType,
      digest,
    },
    "requête en échec",
  );
}

// Loaded into the production server before Next.js (`node --import` this file, see
// scripts/start.ts and docs/decisions/0016): the only code that sees the TCP socket of each
// request, so the only place that can tell what a client wrote from what the socket says.
// Plain JavaScript, without dependencies: it runs before any build output is loaded.
import http from "node:http";
import { syncBuiltinESMExports } from "node:module";

const FORWARDING = Symbol.for("rejoindre.forwarding");

/** @param {string | string[] | undefined} value */
function entries(value) {
  const text = Array.isArray(value) ? value.join(",") : (value ?? "");
  return text
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * Rewrites a request's forwarding headers in place, from what can be trusted:
 * - X-Forwarded-For becomes one address, the client's: the socket's own with no proxy in
 *   front, else the one the outermost trusted proxy saw (the Nth from the right, counting
 *   the socket's); whatever a client wrote further left is dropped.
 * - X-Forwarded-Proto and X-Forwarded-Host are dropped with no proxy in front (Next.js then
 *   fills them from the socket and the Host header), else reduced to the last value, the
 *   one the nearest proxy wrote.
 *
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {string | undefined} socketAddress
 * @param {number} trustedProxies
 */
export function rewriteForwardedHeaders(headers, socketAddress, trustedProxies) {
  const chain = [...(trustedProxies > 0 ? entries(headers["x-forwarded-for"]) : []), ...(socketAddress ? [socketAddress] : [])];
  const client = chain[Math.max(chain.length - 1 - trustedProxies, 0)];
  if (client) headers["x-forwarded-for"] = client;
  else delete headers["x-forwarded-for"];
  for (const name of ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"]) {
    const last = trustedProxies > 0 ? entries(headers[name]).at(-1) : undefined;
    if (last) headers[name] = last;
    else delete headers[name];
  }
}

/**
 * TRUST_PROXY as lib/config/env.ts reads it (which stops the server on a malformed value).
 * @param {string | undefined} value
 */
export function trustedProxiesFrom(value) {
  const number = Number(value?.trim() || 0);
  return Number.isInteger(number) && number >= 0 ? number : 0;
}

// TRACE and TRACK echo a request back, and no route serves them; Next.js cannot even build
// a Request for them (the Fetch standard forbids those methods) and answers 500.
const REFUSED_METHODS = new Set(["TRACE", "TRACK"]);

/**
 * Answers what Next.js must never see: a 405 for TRACE and TRACK. Returns whether it did.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
export function refuseMethod(request, response) {
  if (!REFUSED_METHODS.has((request.method ?? "").toUpperCase())) return false;
  response.writeHead(405, { Allow: "GET, HEAD, POST", "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  response.end("Méthode non permise.\n");
  return true;
}

/**
 * Makes every HTTP server of this process rewrite its requests' headers before any other
 * code, and refuse TRACE and TRACK.
 * @param {number} trustedProxies
 */
export function installForwardedHeaders(trustedProxies) {
  if (typeof globalThis[FORWARDING] === "number") return;
  globalThis[FORWARDING] = trustedProxies;
  const createServer = http.createServer;
  // @ts-expect-error: the same overloads, forwarded as they come.
  http.createServer = function (...args) {
    const at = args.findIndex((arg) => typeof arg === "function");
    if (at >= 0) {
      const listener = args[at];
      /** @type {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => void} */
      args[at] = function (request, response) {
        if (refuseMethod(request, response)) return;
        rewriteForwardedHeaders(request.headers, request.socket.remoteAddress, trustedProxies);
        return listener.call(this, request, response);
      };
    }
    const server = createServer.apply(this, /** @type {any} */ (args));
    return server;
  };
  // Modules that imported `createServer` by name see the wrapped one too.
  syncBuiltinESMExports();
}

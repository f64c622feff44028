import "server-only";
import { isIP } from "node:net";

/**
 * The address of the client that sent a request, as a rate-limit and audit key.
 *
 * The production server is started with lib/http/forwarded-headers-preload.mjs, which
 * replaces X-Forwarded-For with the one address it can vouch for, from the socket and
 * TRUST_PROXY (docs/decisions/0016): here it is only read. Were a list to arrive all the
 * same, its last entry, the nearest one, is taken.
 *
 * IPv6 clients are keyed by their /64 network, the block one subscriber usually holds.
 */
export function clientAddress(headers: Headers): string {
  const candidate = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  return candidate ? normaliseAddress(candidate) : "inconnue";
}

/** Whether this process rewrites forwarding headers (set by lib/http/forwarded-headers.mjs). */
export function forwardedHeadersInstalled(): boolean {
  return typeof (globalThis as Record<symbol, unknown>)[Symbol.for("rejoindre.forwarding")] === "number";
}

function normaliseAddress(raw: string): string {
  const address = raw.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) === 6) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  return isIP(address) === 4 ? address : "inconnue";
}

function expandIpv6(address: string): string[] {
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((group) => group.replace(/^0+(?=.)/, ""));
}

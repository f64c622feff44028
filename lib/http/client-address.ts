import "server-only";
import { isIP } from "node:net";

/**
 * The address of the client that sent a request, as a rate-limit key.
 *
 * Next.js fills X-Forwarded-For with the socket's address only when the request carries
 * none, and reverse proxies append the address they received the request from. Behind
 * `trustedProxies` proxies, the client is therefore the entry that many places from the
 * end (the last one when there is no proxy). Entries further left were written by the
 * client and prove nothing. With no proxy in front, a client can still choose the value:
 * production deployments belong behind a reverse proxy (TRUST_PROXY=1).
 *
 * IPv6 clients are keyed by their /64 network, the block one subscriber usually holds.
 */
export function clientAddress(headers: Headers, trustedProxies: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = chain[chain.length - Math.max(trustedProxies, 1)];
  return candidate ? normaliseAddress(candidate) : "inconnue";
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
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((group) =>
    group.replace(/^0+(?=.)/, ""),
  );
}

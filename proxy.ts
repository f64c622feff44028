// Runs before every route (Next.js 16's proxy, formerly middleware): it gives each request an
// id for the logs and each response its security headers, and while the database does not
// answer it answers in its place: a French 503 rather than pages that hang or fail one by one.
// It guards nothing: authorization stays where data is read or written.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { installedDatabaseGate } from "@/lib/health/database-gate";
import { needsDatabase, unavailablePolicy, unavailableResponse } from "@/lib/http/unavailable";
import { refusedRequest } from "@/lib/http/refused-requests";
import { isRenderedPerRequest, reachedOverHttps, requestIdFor, securityHeaders } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { installedRedirectLookup } from "@/lib/postings/redirects/lookup";
import { isOwnRoute, requestOldPath } from "@/lib/postings/redirects/paths";
import { postingPath } from "@/lib/urls/public";

/**
 * The posting page an old address (`redirect_from`) leads to, as a permanent 301; null for the
 * portal's own routes, which never look (docs/decisions/0036-old-addresses-of-imported-postings.md).
 */
async function oldAddressRedirect(request: NextRequest): Promise<NextResponse | null> {
  const lookup = installedRedirectLookup();
  const { pathname } = request.nextUrl;
  if (!lookup || (request.method !== "GET" && request.method !== "HEAD") || isOwnRoute(pathname)) return null;
  const slug = await lookup.target(requestOldPath(pathname));
  if (!slug) return null;
  const target = request.nextUrl.clone();
  target.pathname = postingPath(slug);
  target.search = "";
  return NextResponse.redirect(target, 301);
}

export async function proxy(request: NextRequest) {
  const settings = env();
  const requestId = requestIdFor(request.headers, settings.TRUST_PROXY);
  const { pathname } = request.nextUrl;
  const nonce = isRenderedPerRequest(pathname, request.nextUrl.searchParams)
    ? Buffer.from(crypto.randomUUID()).toString("base64")
    : undefined;
  const https = reachedOverHttps(request.headers, { trustProxy: settings.TRUST_PROXY, siteUrl: settings.SITE_URL });
  const headers = securityHeaders({
    pathname,
    nonce,
    https,
    formTargets: settings.PROCONNECT_ISSUER ? [new URL(settings.PROCONNECT_ISSUER).origin] : [],
    development: settings.NODE_ENV === "development",
  });

  const refused = refusedRequest(request);
  if (refused) {
    for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
    refused.headers.set(REQUEST_ID_HEADER, requestId);
    return refused;
  }

  const gate = installedDatabaseGate();
  if (gate && needsDatabase(pathname) && !(await gate())) {
    const unavailable = unavailableResponse(
      { method: request.method, url: request.nextUrl, host: request.headers.get("host"), referer: request.headers.get("referer") },
      requestId,
    );
    for (const [name, value] of Object.entries(headers)) unavailable.headers.set(name, value);
    unavailable.headers.set("Content-Security-Policy", unavailablePolicy(https));
    unavailable.headers.set(REQUEST_ID_HEADER, requestId);
    return unavailable;
  }

  const moved = await oldAddressRedirect(request);
  if (moved) {
    for (const [name, value] of Object.entries(headers)) moved.headers.set(name, value);
    moved.headers.set(REQUEST_ID_HEADER, requestId);
    return moved;
  }

  const forwarded = new Headers(request.headers);
  forwarded.set(REQUEST_ID_HEADER, requestId);
  // Next.js reads the nonce from the request's policy and writes it on the scripts it renders.
  if (nonce) forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Build assets (hashed, immutable JavaScript, CSS and fonts) need none of this.
  matcher: ["/((?!_next/static/).*)"],
};

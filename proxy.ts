// Runs before every route (Next.js 16's proxy, formerly middleware): it gives each request an
// id for the logs and each response its security headers. It guards nothing: authorization
// stays where data is read or written.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { isRenderedPerRequest, reachedOverHttps, requestIdFor, securityHeaders } from "@/lib/http/security-headers";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

export function proxy(request: NextRequest) {
  const settings = env();
  const requestId = requestIdFor(request.headers, settings.TRUST_PROXY);
  const { pathname } = request.nextUrl;
  const nonce = isRenderedPerRequest(pathname, request.nextUrl.searchParams) ? Buffer.from(crypto.randomUUID()).toString("base64") : undefined;
  const headers = securityHeaders({
    pathname,
    nonce,
    https: reachedOverHttps(request.nextUrl, request.headers, { trustProxy: settings.TRUST_PROXY, siteUrl: settings.SITE_URL }),
    formTargets: settings.PROCONNECT_ISSUER ? [new URL(settings.PROCONNECT_ISSUER).origin] : [],
    development: settings.NODE_ENV === "development",
  });

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

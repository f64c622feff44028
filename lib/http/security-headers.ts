import "server-only";
import { createHash } from "node:crypto";
import { getScriptToRunAsap } from "@codegouvfr/react-dsfr/useIsDark/scriptToRunAsap";
import { defaultColorScheme } from "@/lib/dsfr/color-scheme";
import { FILTER_PARAMS } from "@/lib/urls/search-params";

/**
 * The security headers of every response (proxy.ts), and its Content-Security-Policy.
 *
 * Two script policies, because Next.js writes each page's data as inline scripts
 * (`self.__next_f.push(…)`) whose text changes with the page (docs/decisions/0009):
 * - pages rendered on each request (the admin space, the application form, search,
 *   archives, the withdrawal page) get a fresh nonce, which Next.js puts on its scripts,
 *   and 'strict-dynamic': nothing inline runs unless the server wrote it for this response;
 * - pages served from the cache (home, offers, legal pages) were rendered before any request
 *   and carry no nonce: their inline scripts are allowed as such, with every other
 *   directive as strict as on the rest.
 * Neither allows eval.
 */

// Rendered per request (force-dynamic in app/): only these may be given a nonce, since a
// cached page served with a nonce policy would have all its scripts blocked.
const RENDERED_PER_REQUEST = [
  /^\/admin(\/|$)/,
  /^\/offres\/[^/]+\/candidater(\/envoyee)?\/?$/,
  /^\/recherche\/?$/,
  /^\/archives\/?$/,
  /^\/candidature(\/|$)/,
];

/**
 * Files handed to the team (a CV, an export): whatever a browser makes of them, nothing in
 * them may run, load or submit anything, in the portal's origin or any other.
 */
export const DOWNLOAD_POLICY = "default-src 'none'; sandbox";

// The routes that answer with a file: the page policy set here would replace theirs.
const DOWNLOADS = [/^\/admin\/candidatures\/[^/]+\/cv\/?$/, /^\/admin\/candidatures\/export\/?$/];

export function isDownload(pathname: string): boolean {
  return DOWNLOADS.some((pattern) => pattern.test(pathname));
}

/** Whether a request's page renders per request; "/" with a search is /recherche (next.config.js). */
export function isRenderedPerRequest(pathname: string, query: URLSearchParams = new URLSearchParams()): boolean {
  if (pathname === "/") return FILTER_PARAMS.some((key) => query.has(key));
  if (isDownload(pathname)) return false;
  return RENDERED_PER_REQUEST.some((pattern) => pattern.test(pathname));
}

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

// react-dsfr's head script applies the visitor's colour scheme before the first paint. It is
// rendered in the shared layout, without a nonce (reading one would make every page dynamic):
// its hash lets it run on nonce pages too.
const DSFR_HEAD_SCRIPT = sha256(getScriptToRunAsap({ defaultColorScheme, nonce: undefined, trustedTypesPolicyName: "react-dsfr" }));

export interface PolicyOptions {
  /** Present for pages rendered per request. */
  nonce?: string;
  https: boolean;
  /** Origins sign-in forms may lead to (the OpenID Connect provider). */
  formTargets?: string[];
  /** `npm run dev`: React rebuilds server error stacks with eval there, never in production. */
  development?: boolean;
}

export function contentSecurityPolicy({ nonce, https, formTargets = [], development = false }: PolicyOptions): string {
  const scripts = [
    nonce ? `'nonce-${nonce}' 'strict-dynamic' ${DSFR_HEAD_SCRIPT}` : "'self' 'unsafe-inline'",
    ...(development ? ["'unsafe-eval'"] : []),
  ].join(" ");
  const directives = [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Inline style attributes (React's style prop, DSFR and ALTCHA components) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The ALTCHA widget solves its challenge in a worker built from a blob.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export interface ResponseContext extends PolicyOptions {
  pathname: string;
}

export function securityHeaders(context: ResponseContext): Record<string, string> {
  return {
    "Content-Security-Policy": isDownload(context.pathname) ? DOWNLOAD_POLICY : contentSecurityPolicy(context),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS received over plain http; sending it only behind https keeps a
    // plain-http test or demo from telling anyone otherwise.
    ...(context.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/**
 * Whether the visitor reached the portal over https. With no trusted proxy, only the public
 * address says so (SITE_URL in https, which only a TLS-terminating front can serve): a
 * client's X-Forwarded-Proto, or the URL Next.js built from it, counts for nothing. Behind
 * trusted proxies, the nearest one's X-Forwarded-Proto counts too.
 */
export function reachedOverHttps(headers: Headers, settings: { trustProxy: number; siteUrl: string }): boolean {
  if (settings.siteUrl.startsWith("https:")) return true;
  if (settings.trustProxy < 1) return false;
  const forwarded = (headers.get("x-forwarded-proto") ?? "").split(",").map((p) => p.trim().toLowerCase());
  return forwarded[forwarded.length - 1] === "https";
}

/** A request id from a trusted proxy, if it looks like one; a fresh one otherwise. */
export function requestIdFor(headers: Headers, trustProxy: number): string {
  const given = headers.get("x-request-id")?.trim();
  if (trustProxy > 0 && given && /^[\w.:-]{1,128}$/.test(given)) return given;
  return crypto.randomUUID();
}

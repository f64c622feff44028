// The old addresses of imported postings (`redirect_from`), as stored and as looked up: one
// normal form, so that "https://site/recrutement/x.html?utm=1" and "recrutement/x.html" are the
// same address. Pure and without "server-only": proxy.ts, the importer and scripts read it.

/** The first path segments of the site's own routes: they never answer as an old address. */
const OWN_ROUTES = new Set([
  "",
  "_next",
  "accessibilite",
  "admin",
  "api",
  "archives",
  "candidature",
  "donnees-personnelles",
  "flux",
  "liste",
  "mentions-legales",
  "offres",
  "recherche",
  "robots.txt",
  "sitemap.xml",
  "favicon.ico",
]);

/** Whether a request's path belongs to a route of the portal (so it needs no old-address lookup). */
export function isOwnRoute(pathname: string): boolean {
  return OWN_ROUTES.has(pathname.split("/")[1] ?? "");
}

export const MAX_OLD_PATH_LENGTH = 500;

/**
 * An old address as an absolute path: host, query and fragment removed, one leading slash,
 * percent-escapes decoded, no trailing slash. null when nothing is left or it is one of the
 * portal's own routes, which an old address must not take over.
 */
export function normaliseOldPath(written: string): string | null {
  let text = written.trim();
  if (!text) return null;
  const withHost = /^(?:[a-z][a-z0-9+.-]*:)?\/\/[^/]*(.*)$/i.exec(text);
  if (withHost) text = withHost[1] ?? "";
  text = text.replace(/[?#].*$/s, "");
  try {
    text = decodeURI(text);
  } catch {
    // A malformed escape stays as written: it is compared as such.
  }
  const path = `/${text}`.replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
  if (path === "/" || path.length > MAX_OLD_PATH_LENGTH || /\s/.test(path) || isOwnRoute(path)) return null;
  return path;
}

/** A request's path in the same form as the stored ones (decoded, no trailing slash). */
export function requestOldPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // Compared as received.
  }
  return path.replace(/(.)\/+$/, "$1");
}

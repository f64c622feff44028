/** Where to go after signing in: an admin path of this site only, never another site. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/admin";
  let url: URL;
  try {
    url = new URL(value, "http://portail.invalid");
  } catch {
    return "/admin";
  }
  if (url.origin !== "http://portail.invalid" || !/^\/admin(\/|$)/.test(url.pathname) || url.pathname.startsWith("/admin/connexion")) {
    return "/admin";
  }
  return `${url.pathname}${url.search}`;
}

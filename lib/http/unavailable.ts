import "server-only";
// The answer to every request while the database is unreachable (proxy.ts): a short page in
// French, status 503 with Retry-After, built without React or the database so that it can be
// served whatever else is down. Its few styles are inline, allowed by their hash.
import { createHash } from "node:crypto";
import { SERVICE_NAME } from "@/lib/brand";

export const RETRY_AFTER_SECONDS = 30;

/** Routes that answer without the database: liveness, readiness (its own 503), robots.txt. */
const ANSWERS_WITHOUT_DATABASE = [/^\/api\/health(\/ready)?\/?$/, /^\/robots\.txt$/, /^\/_next\//];

export function needsDatabase(pathname: string): boolean {
  return !ANSWERS_WITHOUT_DATABASE.some((pattern) => pattern.test(pathname));
}

// Close to the DSFR (blue France, the Marianne block) without its stylesheet, which is a
// build asset the page should not depend on.
const STYLE = `
body{margin:0;font-family:Marianne,arial,sans-serif;color:#161616;background:#fff;line-height:1.5}
header{border-bottom:1px solid #ddd;padding:1rem 1.5rem;display:flex;gap:2rem;align-items:center}
.marque{margin:0;font-weight:700;text-transform:uppercase;font-size:.9rem;line-height:1.1}
.marque::before{content:"";display:block;width:2.5rem;height:.9rem;margin-bottom:.4rem;background:linear-gradient(90deg,#000091 33%,#fff 33% 66%,#e1000f 66%)}
.service{margin:0;font-weight:700;font-size:1.25rem}
main{max-width:46rem;padding:3rem 1.5rem}
h1{font-size:2rem;line-height:1.25;margin:0 0 1.5rem}
.chapo{font-size:1.25rem}
.alerte{border-left:4px solid #b34000;padding:.5rem 1rem;background:#fff4f3}
a{color:#000091}
a:focus{outline:2px solid #0a76f6;outline-offset:2px}
`.trim();
const STYLE_HASH = `'sha256-${createHash("sha256").update(STYLE, "utf8").digest("base64")}'`;

/** This page's policy: nothing but its own inline styles; still never framed. */
export function unavailablePolicy(https: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The page for a request that could not be served. A form that was being sent (POST) is
 * told plainly that nothing was recorded, so a candidate sends it again rather than wait for
 * an acknowledgement that will never come.
 */
export function unavailableHtml(options: { retryPath: string; submission: boolean; requestId: string }): string {
  const submission = options.submission
    ? `<p class="alerte"><strong>Ce que vous envoyiez n'a pas été enregistré.</strong> Revenez en arrière : votre saisie est peut-être encore dans le formulaire. Renvoyez-la dans quelques minutes.</p>`
    : "";
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service momentanément indisponible – ${SERVICE_NAME}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="marque">République<br>française</p>
<p class="service">${SERVICE_NAME}</p>
</header>
<main>
<h1>Service momentanément indisponible</h1>
<p class="chapo">Le portail ne peut pas joindre sa base de données pour le moment. Le problème vient de notre côté, pas de vous.</p>
${submission}
<p>Le service reprendra de lui-même dès que la base répondra de nouveau, en général en quelques minutes.</p>
<p><a href="${escapeHtml(options.retryPath)}">Réessayer</a></p>
<p><small>Référence de la requête : ${escapeHtml(options.requestId)}</small></p>
</main>
</body>
</html>
`;
}

/** The path of `referer` when it is a page of this site (the host the visitor asked), "/" otherwise. */
function samePagePath(referer: string | null, host: string | null): string {
  try {
    const from = new URL(referer ?? "");
    return host && from.host === host ? from.pathname + from.search : "/";
  } catch {
    return "/";
  }
}

/** The 503 response itself: HTML for pages, JSON for the programming interface. */
export function unavailableResponse(
  request: { method: string; url: URL; host: string | null; referer: string | null },
  requestId: string,
): Response {
  const headers = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
  if (request.url.pathname.startsWith("/api/")) {
    return Response.json({ erreur: "Service momentanément indisponible : la base de données ne répond pas." }, { status: 503, headers });
  }
  const submission = request.method !== "GET" && request.method !== "HEAD";
  const body = unavailableHtml({
    // A form posts to a route that only takes posts: retry from the page that showed it.
    retryPath: submission ? samePagePath(request.referer, request.host) : request.url.pathname + request.url.search,
    submission,
    requestId,
  });
  return new Response(request.method === "HEAD" ? null : body, {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}

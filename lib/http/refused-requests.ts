/**
 * Requests proxy.ts answers itself with a plain 4xx, because Next.js would otherwise answer
 * them with a 500 (issue 22, point 8; TRACE never gets this far: lib/http/forwarded-headers.mjs).
 * A server action posted from another origin: Next.js refuses it by throwing, which becomes
 * a 500. It compares Origin with X-Forwarded-Host, else Host; so does this, so that what
 * passes here passes there (lib/http/forwarded-headers.mjs keeps those headers honest).
 */
export function refusedRequest(request: { method: string; headers: Headers }): Response | null {
  if (request.method.toUpperCase() === "POST" && request.headers.has("next-action") && !sameOriginAction(request.headers)) {
    return plain(403, "Cette action ne vient pas d'une page du portail.");
  }
  return null;
}

function sameOriginAction(headers: Headers): boolean {
  const origin = headers.get("origin");
  // Browsers send Origin with every POST; Next.js lets a request without one through.
  if (origin === null) return true;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() === host;
  } catch {
    return false;
  }
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

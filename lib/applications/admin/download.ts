// The answer that hands a CV to a member of the team: always a download, never rendered by
// the browser in the portal's origin, never kept by a shared cache.
import type { CommandContext } from "@/lib/admin/command";
import { Forbidden } from "@/lib/auth/permissions";
import { DOWNLOAD_POLICY } from "@/lib/http/security-headers";
import { recordCvDownload } from "./commands";
import { getApplicationCv } from "./queries";

/** `attachment; filename="CV Zoe.pdf"; filename*=UTF-8''CV%20Zo%C3%A9.pdf` (RFC 6266 and 5987). */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** What every private answer of these routes carries, a refusal included: never kept by a cache, never sniffed. */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

/** The headers of a file handed to the team: a download, under its own policy (proxy.ts keeps it). */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    ...PRIVATE_HEADERS,
    "Content-Type": contentType,
    "Content-Disposition": attachmentDisposition(fileName),
    // A file opened from the download still cannot run anything in the portal's origin.
    "Content-Security-Policy": DOWNLOAD_POLICY,
  };
}

function notFound(): Response {
  return new Response("Ce CV n'existe pas ou vous n'y avez pas accès.", {
    status: 404,
    headers: { ...PRIVATE_HEADERS, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * GET /admin/candidatures/<id>/cv. Nobody signed out, and nobody outside the application's
 * organisations, learns whether the application or its CV exists: both get the same 404.
 */
export async function cvResponse({ actor, origin }: CommandContext, applicationId: string): Promise<Response> {
  let file: Awaited<ReturnType<typeof getApplicationCv>>;
  try {
    file = await getApplicationCv(actor, applicationId);
  } catch (error) {
    if (error instanceof Forbidden) return notFound();
    throw error;
  }
  if (!file || !actor) return notFound();
  await recordCvDownload(actor, applicationId, file, origin);
  return new Response(new Uint8Array(file.content), {
    headers: { ...downloadHeaders(file.mediaType, file.fileName), "Content-Length": String(file.content.byteLength) },
  });
}

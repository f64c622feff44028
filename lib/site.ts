import { z } from "zod";

const siteUrlSchema = z.url({ protocol: /^https?$/, error: "SITE_URL doit être une adresse http(s), ex. https://rejoindre.beta.gouv.fr" });

/**
 * The public address of the portal, for what must be absolute: canonical links, OpenGraph,
 * feeds, the sitemap and JSON-LD. Cached pages cannot take it from the request, so it is
 * configured (SITE_URL); on a developer's machine it defaults to http://localhost:PORT.
 */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): URL {
  const configured = env.SITE_URL?.trim();
  const raw = configured || `http://localhost:${env.PORT?.trim() || "3000"}`;
  const parsed = siteUrlSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.message} (reçu : « ${raw} »)`);
  return new URL(parsed.data.replace(/\/+$/, "") + "/");
}

/** An absolute URL of the portal for a path ("/offres/x" → "https://…/offres/x"). */
export function absoluteUrl(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return new URL(path.replace(/^\/+/, ""), siteUrl(env)).toString();
}

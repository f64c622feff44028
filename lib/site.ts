import "server-only";
import { env } from "@/lib/config/env";

/**
 * The public address of the portal (SITE_URL), for what must be absolute: canonical links,
 * OpenGraph, feeds, the sitemap, JSON-LD and the API's links. Cached pages cannot take it
 * from the request, so it is configured.
 */
export function siteUrl(): URL {
  return new URL(`${env().SITE_URL.replace(/\/+$/, "")}/`);
}

/** An absolute URL of the portal for a path ("/offres/x" → "https://…/offres/x"). */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ""), siteUrl()).toString();
}

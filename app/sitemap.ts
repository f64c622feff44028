import type { MetadataRoute } from "next";
import { listOpenPostingSlugs } from "@/lib/postings/queries";
import { absoluteUrl } from "@/lib/site";
import { postingPath } from "@/lib/urls/public";

// Read per request: built at `next build` it would need a database, and a crawler asks rarely.
export const dynamic = "force-dynamic";

/** The pages search engines should know: the lists, the text pages and every open posting. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const postings = await listOpenPostingSlugs();
  const pages = ["/", "/archives", "/accessibilite", "/mentions-legales", "/donnees-personnelles"];
  return [
    ...pages.map((path) => ({ url: absoluteUrl(path) })),
    ...postings.map(({ slug, updatedAt }) => ({ url: absoluteUrl(postingPath(slug)), lastModified: updatedAt })),
  ];
}

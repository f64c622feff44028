import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site";

// The sitemap's address depends on SITE_URL as the server runs, not as it was built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are endless combinations of the same postings; the API is for programs.
    rules: { userAgent: "*", allow: "/", disallow: ["/recherche", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}

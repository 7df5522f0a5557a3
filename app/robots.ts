import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { newsSitemapPath, sitemapPath } from "@/lib/routes";

// Read at request time, so that SITE_URL is the running server's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const origin = new URL(env.SITE_URL).origin;
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/"] },
    // No Host: line: it takes a bare host name, and no search engine reads it any more.
    sitemap: [new URL(sitemapPath, origin).toString(), new URL(newsSitemapPath, origin).toString()],
  };
}

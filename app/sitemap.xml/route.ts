import { countPublicArticles, getSitemapListings, getSitemapStories } from "@/lib/cache/reads";
import { env } from "@/lib/env";
import { sitemapIndexXml, sitemapPlan, urlsetXml, xmlHeaders } from "@/lib/sitemaps";
import { listingUrls, storyUrls } from "@/lib/sitemap-urls";
import { sitemapPartPath } from "@/lib/routes";

// Every public page: one sitemap while the site has fewer than 50,000 URLs, then an index of
// /sitemaps/pages.xml and /sitemaps/stories-<n>.xml. Rendered per request from the tagged data
// cache: the build opens no database.
export const dynamic = "force-dynamic";

export async function GET() {
  const [listings, storyCount] = await Promise.all([getSitemapListings(), countPublicArticles()]);
  const pages = listingUrls(listings, env.SITE_URL);
  const plan = sitemapPlan(pages.length, storyCount);
  if (plan.kind === "single") {
    const stories = await getSitemapStories("0", String(storyCount));
    return new Response(urlsetXml([...pages, ...storyUrls(stories, env.SITE_URL)]), { headers: xmlHeaders("application/xml") });
  }
  const parts = ["pages", ...Array.from({ length: plan.storyFiles }, (_, index) => `stories-${index + 1}`)];
  const xml = sitemapIndexXml(parts.map((part) => ({ loc: new URL(sitemapPartPath(part), env.SITE_URL).toString() })));
  return new Response(xml, { headers: xmlHeaders("application/xml") });
}

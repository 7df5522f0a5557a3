import { getSitemapListings, getSitemapStories } from "@/lib/cache/reads";
import { env } from "@/lib/env";
import { listingUrls, storyUrls } from "@/lib/sitemap-urls";
import { SITEMAP_URL_LIMIT, urlsetXml, xmlHeaders } from "@/lib/sitemaps";
import { notFoundResponse } from "@/lib/not-found-response";

// The parts of the sitemap index (see app/sitemap.xml): pages.xml and stories-<n>.xml.
export const dynamic = "force-dynamic";


export async function GET(_request: Request, { params }: RouteContext<"/sitemaps/[file]">) {
  const { file } = await params;
  if (file === "pages.xml") {
    return new Response(urlsetXml(listingUrls(await getSitemapListings(), env.SITE_URL)), { headers: xmlHeaders("application/xml") });
  }
  const part = /^stories-([1-9]\d{0,4})\.xml$/.exec(file);
  if (!part) return notFoundResponse();
  const offset = (Number(part[1]) - 1) * SITEMAP_URL_LIMIT;
  const stories = await getSitemapStories(String(offset), String(SITEMAP_URL_LIMIT));
  if (stories.length === 0) return notFoundResponse();
  return new Response(urlsetXml(storyUrls(stories, env.SITE_URL)), { headers: xmlHeaders("application/xml") });
}

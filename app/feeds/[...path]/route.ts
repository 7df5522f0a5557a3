import { getFeedArticles, getSection } from "@/lib/cache/reads";
import { env } from "@/lib/env";
import { isBrowserNavigation, renderFeedPage } from "@/lib/feed-page";
import { buildFeed, describeFeed } from "@/lib/feeds";
import { xmlHeaders } from "@/lib/sitemaps";
import { parseSlugParam } from "@/lib/validation/route-params";
import { notFoundResponse } from "@/lib/not-found-response";

// /feeds/rss.xml, /feeds/atom.xml and /feeds/<section>/{rss,atom}.xml, rendered per request from
// the tagged data cache (the build has no database), so a publication shows up at once. A reader
// who opens one in a browser gets a page saying how to subscribe (lib/feed-page.ts) instead.
export const dynamic = "force-dynamic";

const FORMATS = { "rss.xml": "rss", "atom.xml": "atom" } as const;

export async function GET(request: Request, { params }: RouteContext<"/feeds/[...path]">) {
  const path = (await params).path;
  const file = path.at(-1) ?? "";
  const format = Object.hasOwn(FORMATS, file) ? FORMATS[file as keyof typeof FORMATS] : null;
  if (!format || path.length > 2) return notFoundResponse();

  let section = null;
  if (path.length === 2) {
    const slug = parseSlugParam(path[0]!);
    section = slug ? await getSection(slug) : null;
    if (!section) return notFoundResponse();
  }
  const articles = await getFeedArticles(section?.slug ?? "");
  const channel = { siteUrl: env.SITE_URL, section };
  // One address, two answers: caches must keep them apart.
  const vary = { Vary: "Sec-Fetch-Dest" };
  if (isBrowserNavigation(request)) {
    const page = renderFeedPage({ ...describeFeed(format, channel), siteUrl: env.SITE_URL }, articles);
    return new Response(page, { headers: { ...xmlHeaders("text/html"), ...vary } });
  }
  const xml = buildFeed(format, channel, articles);
  return new Response(xml, { headers: { ...xmlHeaders(format === "rss" ? "application/rss+xml" : "application/atom+xml"), ...vary } });
}

import { getRecentStories } from "@/lib/cache/reads";
import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/ar";
import { articlePath } from "@/lib/routes";
import { newsSitemapXml, xmlHeaders } from "@/lib/sitemaps";

// Google News sitemap: the stories published in the last 48 hours. Per request, from the tagged cache.
export const dynamic = "force-dynamic";

export async function GET() {
  const stories = await getRecentStories();
  const xml = newsSitemapXml(
    stories.map((story) => ({
      loc: new URL(articlePath(story.slug), env.SITE_URL).toString(),
      title: story.headline,
      publishedAt: story.publishedAt,
      keywords: story.keywords,
    })),
    { name: ar.site.name, language: "ar" },
  );
  return new Response(xml, { headers: xmlHeaders("application/xml") });
}

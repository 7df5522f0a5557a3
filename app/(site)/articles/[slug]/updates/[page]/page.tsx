import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LiveUpdateCard } from "@/components/live/live-update-card";
import { IntentLink } from "@/components/ui/intent-link";
import { articleForRoute } from "@/lib/article-for-route";
import { getLiveCoverage } from "@/lib/cache/reads";
import { ar } from "@/lib/i18n/ar";
import { liveUpdatesPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { parsePageNumber } from "@/lib/validation/route-params";

// Older updates of live coverage, a page at a time: server-rendered, cached under the story's
// tag like the story itself. The first page is the story page.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/articles/[slug]/updates/[page]">;

async function load(params: Props["params"]) {
  const { slug, page: rawPage } = await params;
  const article = await articleForRoute(slug, (current) => liveUpdatesPath(current, Number(rawPage)));
  const page = parsePageNumber(rawPage);
  if (!article.coverage || !page || page < 2) notFound();
  const coverage = await getLiveCoverage(article.id, article.slug, String(page));
  if (!coverage) notFound();
  return { article, coverage };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article, coverage } = await load(params);
  return { title: ar.live.pageTitle(article.headline, coverage.page), alternates: { canonical: liveUpdatesPath(article.slug, coverage.page) } };
}

export default async function OlderUpdatesPage({ params }: Props) {
  const { article, coverage } = await load(params);
  const { page, totalPages } = coverage;
  return (
    <div className="live-archive">
      <p className="kicker">
        <IntentLink href={linkPath(liveUpdatesPath(article.slug, 1))}>{ar.live.latest}</IntentLink>
      </p>
      <h1 className="live-archive__headline">{article.headline}</h1>
      <h2>{ar.live.pageHeading(page)}</h2>
      <div className="live-coverage__stream">
        {coverage.updates.map((update) => (
          <LiveUpdateCard key={update.id} update={update} />
        ))}
      </div>
      <nav className="pagination" aria-label={ar.live.updates}>
        <IntentLink href={linkPath(liveUpdatesPath(article.slug, page - 1))} rel="prev">
          {ar.live.newer}
        </IntentLink>
        {page < totalPages && (
          <IntentLink href={linkPath(liveUpdatesPath(article.slug, page + 1))} rel="next">
            {ar.live.older}
          </IntentLink>
        )}
      </nav>
    </div>
  );
}

import type { Metadata } from "next";
import { ArticleView } from "@/components/article/article-view";
import { JsonLd } from "@/components/seo/json-ld";
import { WithdrawnStory } from "@/components/article/withdrawn-story";
import { getLiveCoverage, getRelatedArticles, getWithdrawalNotice } from "@/lib/cache/reads";
import type { ArticleDetail } from "@/lib/dal/public-articles";
import type { LiveCoveragePage } from "@/lib/dal/public-live";
import { plainTextOf } from "@/lib/article-document";
import { findArticleForRoute } from "@/lib/article-for-route";
import { NotFoundInPlace } from "@/components/layout/not-found-page";
import { ar } from "@/lib/i18n/ar";
import { articlePath, authorPath, sectionPath } from "@/lib/routes";
import { alternatesFor, describe, notFoundMetadata, searchTitle, shareImageFor, site } from "@/lib/seo";
import { parseSlugParam } from "@/lib/validation/route-params";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/structured-data";

// Stories are rendered on their first visit and then served from the cache until
// publishing invalidates their tag; none is rendered at build time.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/articles/[slug]">;

// A missing story is answered with <NotFoundInPlace />, not notFound(), so that its 404 page is in the HTML.
const loadArticle = async (params: Props["params"]) => findArticleForRoute((await params).slug, articlePath);

/** A story taken down after it went out says so at its address, instead of the 404 page. */
async function loadWithdrawal(params: Props["params"]) {
  const slug = parseSlugParam((await params).slug);
  return slug ? getWithdrawalNotice(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  if (!article) {
    const withdrawn = await loadWithdrawal(params);
    return withdrawn ? { title: ar.withdrawn.title, robots: { index: false } } : notFoundMetadata;
  }
  const description = article.seoDescription || describe(article.dek, article.body);
  const url = articlePath(article.slug);
  const image = shareImageFor(article.cover);
  return {
    title: searchTitle(article),
    description,
    alternates: alternatesFor(url, article.section),
    openGraph: {
      type: "article",
      locale: "ar_AR",
      siteName: ar.site.name,
      url,
      title: article.headline,
      description,
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt ?? article.publishedAt,
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.flatMap((author) => (author.slug ? [new URL(authorPath(author.slug), site.url).toString()] : [])),
      images: [image],
    },
    twitter: { card: "summary_large_image", title: article.headline, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

function structuredData(article: ArticleDetail, live: LiveCoveragePage | null) {
  const url = articlePath(article.slug);
  return [
    newsArticleJsonLd(
      {
        slug: article.slug,
        headline: searchTitle(article),
        description: describe(article.dek, article.body),
        url,
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        section: { name: article.section.name, url: sectionPath(article.section.slug) },
        authors: article.authors.map((author) => ({
          name: author.name,
          url: author.slug ? authorPath(author.slug) : null,
          organization: author.organization,
        })),
        tags: article.tags.map((tag) => tag.name),
        images: [shareImageFor(article.cover).url],
        corrections: article.corrections.map((correction) => ({ text: correction.note, correctedAt: correction.createdAt })),
        live:
          article.coverage && live
            ? {
                startedAt: article.coverage.startedAt,
                endedAt: article.coverage.endedAt,
                updates: live.updates.map((update) => ({ ...update, text: plainTextOf(update.body) })),
              }
            : undefined,
      },
      site,
    ),
    breadcrumbJsonLd(
      [
        { name: ar.site.home, url: "/" },
        { name: article.section.name, url: sectionPath(article.section.slug) },
        { name: article.headline },
      ],
      site,
    ),
  ];
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  if (!article) {
    const withdrawn = await loadWithdrawal(params);
    return withdrawn ? <WithdrawnStory notice={withdrawn} /> : <NotFoundInPlace />;
  }
  const [related, live] = await Promise.all([
    getRelatedArticles(article.slug, article.id),
    article.coverage ? getLiveCoverage(article.id, article.slug, "1") : null,
  ]);
  return (
    <>
      <JsonLd data={structuredData(article, live)} />
      <ArticleView article={article} related={related} live={live} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { Byline } from "@/components/article/byline";
import { CommentsSection } from "@/components/article/comments-section";
import { StoryCard } from "@/components/article/story-card";
import { JsonLd } from "@/components/seo/json-ld";
import { TimeStamp } from "@/components/ui/time-stamp";
import { findRenamedArticleSlug, getArticle, getRelatedArticles } from "@/lib/cached-reads";
import type { ArticleDetail } from "@/lib/dal/public-articles";
import { ar } from "@/lib/i18n/ar";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/routes";
import { alternatesFor, DEFAULT_SHARE_IMAGE, describe, site } from "@/lib/seo";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/structured-data";
import { parseSlugParam } from "@/lib/validation/route-params";

// Stories are rendered on their first visit and then served from the cache until
// publishing invalidates their tag; none is rendered at build time.
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/articles/[slug]">;

async function loadArticle(params: Props["params"]) {
  const slug = parseSlugParam((await params).slug);
  if (!slug) notFound();
  const article = await getArticle(slug);
  if (article) return article;
  const renamed = await findRenamedArticleSlug(slug);
  if (renamed) permanentRedirect(articlePath(renamed));
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  const description = describe(article.dek, article.body);
  const url = articlePath(article.slug);
  return {
    title: article.headline,
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
      images: [DEFAULT_SHARE_IMAGE],
    },
    twitter: { card: "summary_large_image", title: article.headline, description, images: [DEFAULT_SHARE_IMAGE.url] },
  };
}

function structuredData(article: ArticleDetail) {
  const url = articlePath(article.slug);
  return [
    newsArticleJsonLd(
      {
        slug: article.slug,
        headline: article.headline,
        description: describe(article.dek, article.body),
        url,
        publishedAt: article.publishedAt,
        updatedAt: article.updatedAt,
        section: { name: article.section.name, url: sectionPath(article.section.slug) },
        authors: article.authors.map((author) => ({ name: author.name, url: author.slug ? authorPath(author.slug) : null })),
        tags: article.tags.map((tag) => tag.name),
        images: [DEFAULT_SHARE_IMAGE.url],
      },
      site,
    ),
    breadcrumbJsonLd(
      [
        { name: ar.site.home, url: "/" },
        { name: article.section.name, url: sectionPath(article.section.slug) },
        { name: article.headline, url },
      ],
      site,
    ),
  ];
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  const wasUpdated = article.updatedAt !== null && article.updatedAt > article.publishedAt;
  const related = await getRelatedArticles(article.slug, article.id);

  return (
    <article className="article" lang={article.language} dir={article.direction}>
      <JsonLd data={structuredData(article)} />
      <header className="article__header">
        <p className="kicker">
          <Link href={sectionPath(article.section.slug)}>{article.section.name}</Link>
          {article.kicker && <span className="kicker__detail">{article.kicker}</span>}
          {article.isBreaking && <span className="badge badge--breaking">{ar.article.breaking}</span>}
        </p>
        <h1 className="article__headline">{article.headline}</h1>
        {article.dek && <p className="article__dek">{article.dek}</p>}
        <div className="article__meta">
          <Byline authors={article.authors} />
          <p className="article__dates">
            <span>
              {ar.article.published} <TimeStamp value={article.publishedAt} />
            </span>
            {wasUpdated && (
              <span>
                {ar.article.updated} <TimeStamp value={article.updatedAt!} />
              </span>
            )}
          </p>
        </div>
      </header>
      <ArticleBody document={article.body} />
      <p className="article__comments-link">
        <a href="#comments">{ar.article.commentsLink}</a>
      </p>
      {article.tags.length > 0 && (
        <footer className="article__tags">
          <h2 className="visually-hidden">{ar.article.tags}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <Link href={tagPath(tag.slug)}>{tag.name}</Link>
              </li>
            ))}
          </ul>
        </footer>
      )}
      {related.length > 0 && (
        <section className="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{ar.article.related}</h2>
          <div className="story-grid">
            {related.map((story) => (
              <StoryCard key={story.id} article={story} variant="compact" />
            ))}
          </div>
        </section>
      )}
      <CommentsSection />
    </article>
  );
}

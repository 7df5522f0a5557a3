import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { ArticleBody } from "@/components/article/article-body";
import { Byline } from "@/components/article/byline";
import { CommentsSection } from "@/components/article/comments-section";
import { TimeStamp } from "@/components/ui/time-stamp";
import { findRenamedArticleSlug, getArticle } from "@/lib/cached-reads";
import { ar } from "@/lib/i18n/ar";
import { articlePath, sectionPath } from "@/lib/routes";
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
  return {
    title: article.headline,
    description: article.dek || undefined,
    alternates: { canonical: articlePath(article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  const wasUpdated = article.updatedAt !== null && article.updatedAt > article.publishedAt;

  return (
    <article className="article" lang={article.language} dir={article.direction}>
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
              <li key={tag.slug}>{tag.name}</li>
            ))}
          </ul>
        </footer>
      )}
      <CommentsSection articleId={article.id} slug={article.slug} />
    </article>
  );
}

import { IntentLink } from "@/components/ui/intent-link";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleFigure } from "@/components/article/article-figure";
import { Byline } from "@/components/article/byline";
import { CommentsSection } from "@/components/article/comments-section";
import { StoryCard } from "@/components/article/story-card";
import { TimeStamp } from "@/components/ui/time-stamp";
import { LiveCoverage } from "@/components/live/live-coverage";
import type { ArticleDetail, ArticleSummary } from "@/lib/dal/public-articles";
import type { LiveCoveragePage } from "@/lib/dal/public-live";
import { ar } from "@/lib/i18n/ar";
import { sectionPath, tagPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";

/** A story as readers see it: the public page and the newsroom's preview render this same tree. */
export function ArticleView({ article, related = [], live = null }: { article: ArticleDetail; related?: ArticleSummary[]; live?: LiveCoveragePage | null }) {
  const wasUpdated = article.updatedAt !== null && article.updatedAt > article.publishedAt;
  return (
    <article className="article" lang={article.language} dir={article.direction}>
      <header className="article__header">
        <p className="kicker">
          <IntentLink href={linkPath(sectionPath(article.section.slug))}>{article.section.name}</IntentLink>
          {article.kicker && <span className="kicker__detail">{article.kicker}</span>}
          {article.isBreaking && <span className="badge badge--breaking">{ar.article.breaking}</span>}
          {article.coverage && !article.coverage.endedAt && <span className="badge badge--live">{ar.live.coverage}</span>}
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
      {article.cover && <ArticleFigure image={article.cover} priority className="article-figure article-figure--cover" />}
      {article.dateline && (
        <p className="article__dateline">
          <bdi>{article.dateline}</bdi>
        </p>
      )}
      <ArticleBody document={article.body} direction={article.direction} />
      {article.coverage && live && <LiveCoverage articleId={article.id} slug={article.slug} coverage={live} endedAt={article.coverage.endedAt} />}
      {article.source && (
        <p className="article__source">
          {ar.article.source} <bdi>{article.source}</bdi>
        </p>
      )}
      {article.corrections.length > 0 && (
        <section className="article__corrections" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading">{ar.article.corrections}</h2>
          <ul>
            {article.corrections.map((correction, index) => (
              <li key={index}>
                <strong>{ar.article.correctionLabel[correction.type]}</strong> (<TimeStamp value={correction.createdAt} />):{" "}
                {correction.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="article__comments-link">
        <a href="#comments">{ar.article.commentsLink}</a>
      </p>
      {article.tags.length > 0 && (
        <footer className="article__tags">
          <h2 className="visually-hidden">{ar.article.tags}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <IntentLink href={linkPath(tagPath(tag.slug))}>{tag.name}</IntentLink>
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
      <CommentsSection articleId={article.id} slug={article.slug} />
    </article>
  );
}

import Link from "next/link";
import type { ArticleSummary } from "@/lib/dal/public-articles";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ar } from "@/lib/i18n/ar";
import { articlePath, commentsPath } from "@/lib/routes";

type Variant = "lead" | "standard" | "compact";

/** A story in a list. Headings start at h2 (lead) or h3 so that each page keeps a single h1. */
export function StoryCard({ article, variant = "standard" }: { article: ArticleSummary; variant?: Variant }) {
  const Heading = variant === "lead" ? "h2" : "h3";
  return (
    <article className={`story-card story-card--${variant}`}>
      {variant !== "compact" && (
        <p className="kicker">{article.kicker || article.section.name}</p>
      )}
      <Heading className="story-card__headline">
        <Link href={articlePath(article.slug)}>{article.headline}</Link>
      </Heading>
      {variant !== "compact" && article.dek && <p className="story-card__dek">{article.dek}</p>}
      <p className="story-card__meta">
        <TimeStamp value={article.publishedAt} />
        {article.commentCount > 0 && (
          <Link href={commentsPath(article.slug)} className="story-card__comments">
            {ar.comments.count(article.commentCount)}
          </Link>
        )}
      </p>
    </article>
  );
}

import { IntentLink } from "@/components/ui/intent-link";
import type { ArticleSummary } from "@/lib/dal/public-articles";
import { TimeStamp } from "@/components/ui/time-stamp";
import { ar } from "@/lib/i18n/ar";
import { articlePath, commentsPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { ResponsiveImage, Thumbnail } from "./responsive-image";

type Variant = "lead" | "standard" | "compact";

// How wide the larger variants draw their photo (see .story-card__media in globals.css), for
// srcset; a compact card's is a thumbnail.
const IMAGE_SIZES: Record<Exclude<Variant, "compact">, string> = {
  lead: "(max-width: 48rem) 100vw, 48rem",
  standard: "(max-width: 36rem) 100vw, 20rem",
};

/**
 * A story in a list. Headings start at h2 (lead) or h3 so that each page keeps a single h1.
 * The headline's link covers the whole card, photo included (globals.css): one link per story
 * for keyboards and screen readers, and one address per card in the page.
 */
export function StoryCard({
  article,
  variant = "standard",
  priority = false,
}: {
  article: ArticleSummary;
  variant?: Variant;
  /** The page's main image (the lead story's photo): loaded at once. */
  priority?: boolean;
}) {
  const Heading = variant === "lead" ? "h2" : "h3";
  return (
    <article className={`story-card story-card--${variant}${article.cover ? " story-card--with-media" : ""}`}>
      {article.cover &&
        (variant === "compact" ? (
          <Thumbnail image={article.cover} className="story-card__media" />
        ) : (
          <ResponsiveImage image={article.cover} sizes={IMAGE_SIZES[variant]} priority={priority} className="story-card__media" />
        ))}
      <div className="story-card__text">
        {variant !== "compact" && <p className="kicker">{article.kicker || article.section.name}</p>}
        <Heading className="story-card__headline">
          <IntentLink href={linkPath(articlePath(article.slug))}>{article.headline}</IntentLink>
        </Heading>
        {variant !== "compact" && article.dek && <p className="story-card__dek">{article.dek}</p>}
        <p className="story-card__meta">
          <TimeStamp value={article.publishedAt} recent />
          {article.commentCount > 0 && (
            <IntentLink href={linkPath(commentsPath(article.slug))} className="story-card__comments">
              {ar.comments.count(article.commentCount)}
            </IntentLink>
          )}
        </p>
      </div>
    </article>
  );
}

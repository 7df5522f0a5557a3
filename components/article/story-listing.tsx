import { IntentLink } from "@/components/ui/intent-link";
import { StoryCard } from "@/components/article/story-card";
import type { ArticleSummary } from "@/lib/dal/public-articles";
import { ar } from "@/lib/i18n/ar";

/** A paginated grid of stories, as on section, tag and author pages. */
export function StoryListing({
  items,
  page,
  pageCount,
  pathFor,
  empty,
}: {
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
  empty: string;
}) {
  return (
    <>
      {items.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <div className="story-grid">
          {items.map((article) => (
            <StoryCard key={article.id} article={article} />
          ))}
        </div>
      )}
      {pageCount > 1 && (
        <nav className="pagination" aria-label={ar.section.pagination}>
          {page > 1 && (
            <IntentLink rel="prev" href={pathFor(page - 1)}>
              {ar.section.newer}
            </IntentLink>
          )}
          <span aria-current="page">{ar.section.pageOf(page, pageCount)}</span>
          {page < pageCount && (
            <IntentLink rel="next" href={pathFor(page + 1)}>
              {ar.section.older}
            </IntentLink>
          )}
        </nav>
      )}
    </>
  );
}

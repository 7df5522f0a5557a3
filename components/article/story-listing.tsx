import { StoryCard } from "@/components/article/story-card";
import { Pagination } from "@/components/ui/pagination";
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
      <Pagination page={page} pageCount={pageCount} pathFor={pathFor} labels={ar.section} />
    </>
  );
}

import { LiveThread } from "@/components/comments/live-thread";
import { ar } from "@/lib/i18n/ar";

/**
 * Where the comment thread lives; the "تعليق" link at the end of every story points here.
 * The story page is cached for everyone, so the thread is an island that fetches itself.
 */
export function CommentsSection({ articleId, slug }: { articleId: string; slug: string }) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{ar.article.comments}</h2>
      <LiveThread articleId={articleId} slug={slug} />
    </section>
  );
}

import { ar } from "@/lib/i18n/ar";

/** Where the comment thread lives; the "تعليق" link at the end of every story points here. */
export function CommentsSection() {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{ar.article.comments}</h2>
      <p className="comments__empty">{ar.article.commentsNotOpen}</p>
    </section>
  );
}

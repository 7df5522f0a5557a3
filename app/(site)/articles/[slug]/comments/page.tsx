import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { notFound } from "next/navigation";
import { CommentList, type ThreadContextData } from "@/components/comments/comment-item";
import { ThreadBody } from "@/components/comments/thread-body";
import { getCommentWithReplies } from "@/lib/cache/reads";
import { loadThread } from "@/lib/comments/load-thread";
import { placeUnpublished } from "@/lib/comments/place-unpublished";
import { articleForRoute } from "@/lib/article-for-route";
import { ar } from "@/lib/i18n/ar";
import { articlePath, commentsPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { threadQuerySchema } from "@/lib/validation/comments";
import { z } from "zod";

// The thread as a page of its own: rendered per request on the server, readable and usable
// without JavaScript, paginated with links. The story page links here and embeds the same thread.
export const dynamic = "force-dynamic";

type Props = PageProps<"/articles/[slug]/comments">;

const loadArticle = async (params: Props["params"]) => articleForRoute((await params).slug, commentsPath);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  return {
    title: ar.comments.threadPageTitle(article.headline),
    alternates: { canonical: commentsPath(article.slug) },
  };
}

export default async function CommentsPage({ params, searchParams }: Props) {
  const article = await loadArticle(params);
  const search = await searchParams;
  const query = threadQuerySchema.parse({ order: first(search.order) ?? null, after: first(search.after) ?? null });
  const threadId = z.uuid().safeParse(first(search.thread));
  const payload = await loadThread(article.id, query.order, threadId.success ? null : query.after);
  if (!payload) notFound();

  const { slug } = article;
  const repliesHref = (commentId: string) => linkPath(commentsPath(slug, { thread: commentId }));
  const context: ThreadContextData = {
    articleId: article.id,
    slug,
    viewer: payload.viewer,
    open: payload.article.mode !== "closed",
    formToken: payload.formToken,
    repliesHref,
  };

  return (
    <div className="comments-page">
      <p className="comments-page__back">
        <IntentLink href={`${linkPath(articlePath(slug))}#comments`}>{ar.comments.backToStory}</IntentLink>
      </p>
      <p className="kicker">{ar.comments.heading}</p>
      <h1 className="comments-page__headline">{article.headline}</h1>
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <div className="thread__bar">
          <h2 id="comments-heading" className="thread__count">
            {ar.comments.count(payload.article.commentCount)}
          </h2>
          <nav className="segmented" aria-label={ar.comments.order}>
            {(["oldest", "newest"] as const).map((order) => (
              <IntentLink
                key={order}
                href={linkPath(commentsPath(slug, { order: order === "oldest" ? undefined : order }))}
                aria-current={query.order === order && !threadId.success ? "page" : undefined}
              >
                {order === "oldest" ? ar.comments.oldestFirst : ar.comments.newestFirst}
              </IntentLink>
            ))}
          </nav>
        </div>
        {threadId.success ? (
          <SingleThread articleId={article.id} commentId={threadId.data} after={query.after} context={context} slug={slug} />
        ) : (
          <FullThread payload={payload} slug={slug} order={query.order} repliesHref={repliesHref} />
        )}
      </section>
    </div>
  );
}

function FullThread({
  payload,
  slug,
  order,
  repliesHref,
}: {
  payload: NonNullable<Awaited<ReturnType<typeof loadThread>>>;
  slug: string;
  order: "oldest" | "newest";
  repliesHref: (commentId: string) => string;
}) {
  const placed = placeUnpublished(payload.page, payload.viewer.unpublished);
  const nextCursor = payload.page.nextCursor;
  return (
    <div className="thread">
      <ThreadBody
        payload={payload}
        comments={placed.page.comments}
        apart={placed.apart}
        signInHref={`/login?callbackUrl=${encodeURIComponent(commentsPath(slug))}`}
        repliesHref={repliesHref}
        fallbackKey={randomUUID()}
      />
      {nextCursor && (
        <p className="thread__more">
          <IntentLink className="button button--quiet" href={linkPath(commentsPath(slug, { order: order === "oldest" ? undefined : order, after: nextCursor }))}>
            {ar.comments.loadMore}
          </IntentLink>
        </p>
      )}
    </div>
  );
}

async function SingleThread({
  articleId,
  commentId,
  after,
  context,
  slug,
}: {
  articleId: string;
  commentId: string;
  after: string | null;
  context: ThreadContextData;
  slug: string;
}) {
  const thread = await getCommentWithReplies(articleId, commentId, after ?? "");
  if (!thread) notFound();
  const comment = { ...thread.comment, replies: thread.replies, replyCount: thread.replies.length };
  return (
    <div className="thread">
      <p className="thread__notice">
        <IntentLink href={linkPath(commentsPath(slug))}>{ar.comments.wholeThread}</IntentLink>
      </p>
      <CommentList comments={[comment]} context={context} />
      {thread.nextCursor && (
        <p className="thread__more">
          <IntentLink className="button button--quiet" href={linkPath(commentsPath(slug, { thread: commentId, after: thread.nextCursor }))}>
            {ar.comments.loadMore}
          </IntentLink>
        </p>
      )}
    </div>
  );
}

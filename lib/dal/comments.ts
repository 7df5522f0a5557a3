import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";
import { batchedPerTurn } from "@/db/batch";
import { selectPreparedRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import { commentModerationEvents, comments, commentStatus, type CommentStatus } from "@/db/schema/comments";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { acceptsReplies, approvedDelta } from "@/lib/comments/transitions";
import type { CommentView } from "@/lib/comments/types";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { neutralizeCommentText } from "@/lib/moderation/text";
import type { CommentedArticle } from "@/lib/moderation/types";
import { isEmailVerified } from "./internal/verification-mail";
import { queueReplyNotice } from "./internal/reply-notices";
import {
  authorHistoryColumns,
  authorQuery,
  claimIfUnchanged,
  historyWindowMinutes,
  toAuthorHistory,
  type AuthorHistoryRow,
  type AuthorKey,
  type AuthorQuery,
} from "./internal/comment-authors";
import { column, columns } from "./internal/sql-names";
import { knownModerationRules, moderationRulesAt, moderationRulesVersion, type ModerationRulesVersion } from "./comment-settings";
import { consumeCommentAllowance } from "./rate-limits";
import { toView } from "./internal/comment-views";
import { moderate, readAuthorHistory } from "./internal/comment-moderation";

// Posting a comment: every write runs in one transaction with its moderation event, and is
// acknowledged only after it commits. Editing, deleting and reporting are in ./comment-changes.ts.

export interface PostCommentInput {
  articleId: string;
  parentId: string | null;
  body: string;
  /** Made in the browser at submit time; the same key twice is the same comment. */
  clientKey: string;
  guest?: { name: string; email: string };
}

export interface CommentOutcome {
  comment: CommentView;
  status: "approved" | "pending" | "rejected";
  /** Arabic, for the author. */
  message: string;
  article: { id: string; slug: string };
  /** Whether the public thread changed (and with it the story's count). */
  publicChange: boolean;
}

function storedStatus(status: CommentStatus): CommentOutcome["status"] {
  return status === "approved" ? "approved" : status === "pending" ? "pending" : "rejected";
}

function outcomeMessage(status: CommentStatus, reason: string | null): string {
  if (reason) return reason;
  return status === "approved" ? ar.moderation.approved : status === "pending" ? ar.moderation.pending.review : ar.moderation.rejected.bannedWords;
}

/** A comment stored under the submission's key, as the posting read returns it. */
interface StoredSubmission {
  id: string;
  parentId: string | null;
  authorId: string | null;
  guestEmail: string | null;
  authorName: string;
  body: string;
  status: CommentStatus;
  createdAt: string;
  editedAt: string | null;
  replyCount: number;
  articleId: string;
  slug: string;
  reason: string | null;
}

interface PostingRow extends ModerationRulesVersion, AuthorHistoryRow {
  article: { id: string; slug: string; commentMode: CommentedArticle["commentMode"]; publishedAt: string | null } | null;
  parent: { id: string; parentId: string | null; status: CommentStatus; articleId: string; rootStatus: CommentStatus | null } | null;
  stored: StoredSubmission | null;
}

// Drivers differ on whether a json value arrives parsed.
const json = <T>(value: T | string): T => (typeof value === "string" ? (JSON.parse(value) as T) : value);

interface PostingRequest {
  input: PostCommentInput;
  author: AuthorQuery;
}

/**
 * Everything posting needs to know, for every post that concurrent requests are making, in one
 * query: the rules' version, each story, parent, comment already stored under the key, and
 * author's history (the relation `i` holds one row per post).
 */
const postingRows = batchedPerTurn(async (db, requests: readonly PostingRequest[]) => {
  const posts = requests.map(({ input, author }, n) => ({
    n,
    article_id: input.articleId,
    parent_id: input.parentId,
    client_key: input.clientKey,
    user_id: author.userId,
    guest_email: author.guestEmail,
    author_key: author.authorKey,
    since: author.since,
    now: author.now,
  }));
  const rows = await selectPreparedRows<PostingRow & { n: number }>(
    db,
    sql`select i.n, ${moderationRulesVersion},
      (select json_build_object('id', id, 'slug', slug, 'commentMode', comment_mode, 'publishedAt', published_at)
        from articles where id = i.article_id and status = 'published' and published_at <= i.now) as article,
      (select json_build_object('id', c.id, 'parentId', c.parent_id, 'status', c.status, 'articleId', c.article_id, 'rootStatus', root.status)
        from comments c left join comments root on root.id = c.parent_id where c.id = i.parent_id) as parent,
      (select json_build_object('id', c.id, 'parentId', c.parent_id, 'authorId', c.author_id, 'guestEmail', c.guest_email,
          'authorName', coalesce(u.display_name, c.guest_name, ''), 'body', c.body, 'status', c.status, 'createdAt', c.created_at,
          'editedAt', c.edited_at, 'replyCount', c.approved_reply_count, 'articleId', c.article_id, 'slug', a.slug,
          'reason', (select e.reason from comment_moderation_events e where e.comment_id = c.id and e.action = 'posted' limit 1))
        from comments c join articles a on a.id = c.article_id left join users u on u.id = c.author_id
        where c.client_key = i.client_key) as stored,
      ${authorHistoryColumns}
    from jsonb_to_recordset(${JSON.stringify(posts)}::jsonb) as i(n int, article_id uuid, parent_id uuid, client_key uuid,
      user_id uuid, guest_email text, author_key text, since timestamptz, now timestamptz)`,
  );
  const byPosition = new Map(rows.map((row) => [row.n, row]));
  return requests.map((_, n) => byPosition.get(n)!);
});

/**
 * What posting needs to know, read with the other posts being made at the same moment. The
 * history window comes from the rules this process knows; if the rules just read want a longer
 * one, the history is read again.
 */
async function readPostingContext(key: AuthorKey, input: PostCommentInput, now: Date) {
  const db = getDb();
  const assumedWindow = historyWindowMinutes(knownModerationRules());
  const row = await postingRows(db).load({ input, author: authorQuery(key, assumedWindow, now) });
  const { settings, rules } = await moderationRulesAt(row);
  const history =
    historyWindowMinutes(rules) > assumedWindow ? await readAuthorHistory(db, key, rules, now) : toAuthorHistory(key, row);
  const article = json(row.article);
  return {
    settings,
    rules,
    history,
    article: article && { ...article, publishedAt: article.publishedAt ? new Date(article.publishedAt) : null },
    parent: json(row.parent),
    stored: json(row.stored),
  };
}

/** The answer already given for a client key: a retry gets it again instead of a second comment. */
function replayOutcome(viewer: Viewer, input: PostCommentInput, stored: StoredSubmission): CommentOutcome {
  const sameAuthor = viewer ? stored.authorId === viewer.id : stored.guestEmail === input.guest?.email;
  if (!sameAuthor) throw new DomainError("keyReused", ar.comments.errors.keyReused);
  const view = toView(
    {
      ...stored,
      isGuest: stored.authorId === null,
      createdAt: new Date(stored.createdAt),
      editedAt: stored.editedAt ? new Date(stored.editedAt) : null,
    },
    "author",
  );
  return {
    comment: view,
    status: storedStatus(stored.status),
    message: outcomeMessage(stored.status, stored.reason),
    article: { id: stored.articleId, slug: stored.slug },
    publicChange: false,
  };
}

/** Threads are two levels deep: a reply to a reply joins the same top-level comment. */
function threadParent(parent: PostingRow["parent"], articleId: string): string {
  const removed = !parent || parent.articleId !== articleId || !acceptsReplies(parent.status);
  if (removed || (parent.parentId && !(parent.rootStatus && acceptsReplies(parent.rootStatus)))) {
    throw new DomainError("parentRemoved", ar.comments.errors.parentRemoved);
  }
  return parent.parentId ?? parent.id;
}

// Another write by the same author between reading their history and storing the comment
// sends posting round again; this many times in a row means they are flooding.
const POSTING_ATTEMPTS = 4;

export async function postComment(
  viewer: Viewer,
  input: PostCommentInput,
  request: { ip: string },
  now = new Date(),
): Promise<CommentOutcome> {
  if (viewer) assertCan(viewer, "comment.create");
  else if (!input.guest) throw new AuthorizationError("unauthenticated");
  if (viewer && !(await isEmailVerified(getDb(), viewer.id))) throw new DomainError("emailUnverified", ar.comments.errors.emailUnverified);
  const authorKey: AuthorKey = viewer ? { userId: viewer.id } : { guestEmail: input.guest!.email };
  const text = neutralizeCommentText(input.body);
  let allowanceCounted = false;

  for (let attempt = 0; attempt < POSTING_ATTEMPTS; attempt++) {
    const context = await readPostingContext(authorKey, input, now);
    if (!viewer && !context.settings.guestComments) throw new AuthorizationError("unauthenticated");
    if (context.stored) return replayOutcome(viewer, input, context.stored);
    const { article } = context;
    if (!article) throw new DomainError("articleUnavailable", ar.comments.errors.articleUnavailable);
    const parentId = input.parentId ? threadParent(context.parent, article.id) : null;

    if (!allowanceCounted) {
      const allowance = await consumeCommentAllowance(request.ip, context.settings.ipRateLimit);
      if (!allowance.allowed) throw new DomainError("rateLimited", ar.comments.errors.rateLimited(allowance.retryAfterMinutes));
      allowanceCounted = true;
    }

    const decision = moderate({ kind: "new", text }, context.history, article, context.rules, now);
    // The comment, the story's and the parent's counts, the moderation event and (when the thread
    // changed for the public) its stale cache tag, written by one statement, and only if the author's version is still the one their history was read at.
    // A conflict on the key means the same submission committed first: the next round replays it.
    const delta = approvedDelta(null, decision.status);
    const [c, e, statusType] = [comments, commentModerationEvents, sql.identifier(commentStatus.enumName)];
    const [written] = await selectPreparedRows<{ id: string | null; claimed: boolean }>(
      getDb(),
      sql`with ${claimIfUnchanged(authorKey, context.history.version)},
        inserted as (
          insert into ${comments} (${columns(c.articleId, c.parentId, c.authorId, c.guestName, c.guestEmail, c.body, c.status, c.clientKey, c.createdAt, c.statusChangedAt)})
          select ${article.id}::uuid, ${parentId}::uuid, ${viewer?.id ?? null}::uuid, ${viewer ? null : input.guest!.name},
                 ${viewer ? null : input.guest!.email}, ${text}, ${decision.status}::${statusType}, ${input.clientKey}::uuid,
                 ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
          where exists (select 1 from claimed)
          on conflict (${column(c.clientKey)}) do nothing
          returning ${column(c.id)}),
        story as (
          update ${articles} set ${column(articles.commentCount)} = ${column(articles.commentCount)} + ${delta}::int
          where ${delta}::int <> 0 and ${column(articles.id)} = ${article.id}::uuid and exists (select 1 from inserted)),
        parent as (
          update ${comments} set ${column(c.approvedReplyCount)} = ${column(c.approvedReplyCount)} + ${delta}::int
          where ${delta}::int <> 0 and ${column(c.id)} = ${parentId}::uuid and exists (select 1 from inserted)),
        logged as (
          insert into ${commentModerationEvents} (${columns(e.commentId, e.action, e.toStatus, e.rule, e.reason, e.evidence)})
          select ${column(c.id)}, 'posted', ${decision.status}::${statusType}, ${decision.rule}, ${decision.reason},
                 ${decision.evidence ? JSON.stringify(decision.evidence) : null}::jsonb
          from inserted)
        select (select ${column(c.id)} from inserted) as id, exists (select 1 from claimed) as claimed`,
    );
    if (!written?.id) continue;
    if (parentId && decision.status === "approved") {
      // The comment is stored: a notice that cannot be queued now is logged, never the reader's error.
      await queueReplyNotice(getDb(), written.id).catch((error) => console.error("Reply notice could not be queued", error));
    }
    return {
      comment: {
        id: written.id,
        parentId,
        authorName: viewer ? viewer.displayName : input.guest!.name,
        isGuest: !viewer,
        body: text,
        status: decision.status,
        createdAt: now.toISOString(),
        createdAtLabel: formatDateTime(now),
        edited: false,
        replyCount: 0,
        replies: [],
      },
      status: decision.status,
      message: decision.reason,
      article: { id: article.id, slug: article.slug },
      publicChange: delta !== 0,
    };
  }
  throw new DomainError("busy", ar.comments.errors.busy);
}

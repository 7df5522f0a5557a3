import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { batchedPerTurn } from "@/db/batch";
import { selectPreparedRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import {
  commentModerationEvents,
  commentReports,
  comments,
  commentStatus,
  commenterSanctions,
  type CommentStatus,
  type ReportReason,
} from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, can, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { isCommentingClosed, type CommentSettings } from "@/lib/comments/settings";
import {
  acceptsReplies,
  approvedDelta,
  authorMayDelete,
  authorMayEdit,
  EDIT_WINDOW_MINUTES,
  isReportable,
} from "@/lib/comments/transitions";
import {
  anonymousThreadViewer,
  type CommentView,
  type ThreadArticle,
  type ThreadOrder,
  type ThreadPage,
  type ThreadViewer,
} from "@/lib/comments/types";
import { AuthorizationError, DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { moderateComment } from "@/lib/moderation/pipeline";
import { neutralizeCommentText } from "@/lib/moderation/text";
import type { ModerationSettings } from "@/lib/moderation/settings";
import type {
  CommentedArticle,
  CommentSubmission,
  ModerationDecision,
  Verdict,
} from "@/lib/moderation/types";
import { moveComment, recordEvents, type Executor } from "./internal/comment-records";
import { isEmailVerified } from "./internal/verification-mail";
import { queueReplyNotice } from "./internal/reply-notices";
import {
  authorHistoryColumns,
  authorQuery,
  claimAuthor,
  claimIfUnchanged,
  historyWindowMinutes,
  oneAuthor,
  toAuthorHistory,
  type AuthorHistory,
  type AuthorHistoryRow,
  type AuthorKey,
  type AuthorQuery,
} from "./internal/comment-authors";
import { column, columns } from "./internal/sql-names";
import {
  getCommentSettings,
  knownModerationRules,
  loadModerationRules,
  moderationRulesAt,
  moderationRulesVersion,
  type ModerationRulesVersion,
} from "./comment-settings";
import { consumeCommentAllowance } from "./rate-limits";

// Comment threads: the public reads (approved comments of published stories only, as a
// WHERE clause) and what readers do (post, edit, delete, report). Every write runs in one
// transaction with its moderation event, and is acknowledged only after it commits.

export const THREAD_PAGE_SIZE = 20;
export const REPLIES_SHOWN = 20;

function isPublicArticle(): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))!;
}

const authorName = sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`.as("author_name");

const viewColumns = {
  id: comments.id,
  parentId: comments.parentId,
  authorName,
  isGuest: sql<boolean>`${comments.authorId} is null`.as("is_guest"),
  body: comments.body,
  status: comments.status,
  createdAt: comments.createdAt,
  editedAt: comments.editedAt,
  replyCount: comments.approvedReplyCount,
};

type ViewRow = {
  id: string;
  parentId: string | null;
  authorName: string;
  isGuest: boolean;
  body: string;
  status: CommentStatus;
  createdAt: Date;
  editedAt: Date | null;
  replyCount: number;
};

/** The public face of a comment: a non-public one shows as a stub with neither name nor text. */
function toView(row: ViewRow, perspective: "public" | "author" = "public"): CommentView {
  const shown = row.status === "approved" || perspective === "author";
  const status =
    row.status === "approved"
      ? "approved"
      : perspective === "author"
        ? row.status === "pending"
          ? "pending"
          : "rejected"
        : row.status === "pending"
          ? "held"
          : "removed";
  return {
    id: row.id,
    parentId: row.parentId,
    authorName: shown ? row.authorName : "",
    isGuest: shown && row.isGuest,
    body: shown ? row.body : "",
    status,
    createdAt: row.createdAt.toISOString(),
    createdAtLabel: formatDateTime(row.createdAt),
    edited: shown && row.editedAt !== null,
    replyCount: row.replyCount,
    replies: [],
  };
}

// ── Public reads ───────────────────────────────────────────────────────────────────

const threadArticleColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  commentCount: articles.commentCount,
  commentMode: articles.commentMode,
  publishedAt: articles.publishedAt,
};

function toThreadArticle(
  row: { id: string; slug: string; headline: string; commentCount: number; commentMode: ThreadArticle["mode"]; publishedAt: Date | null },
  settings: CommentSettings,
  now: Date,
): ThreadArticle {
  const closed = isCommentingClosed({ commentMode: row.commentMode, publishedAt: row.publishedAt ?? now }, settings, now);
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    commentCount: row.commentCount,
    mode: closed ? "closed" : row.commentMode,
  };
}

/** A published story's thread header (count and whether it takes comments), by id or slug. */
export async function getThreadArticle(by: { id: string } | { slug: string }): Promise<ThreadArticle | null> {
  const [[row], settings] = await Promise.all([
    getDb()
      .select(threadArticleColumns)
      .from(articles)
      .where(and(isPublicArticle(), "id" in by ? eq(articles.id, by.id) : eq(articles.slug, by.slug))),
    getCommentSettings(),
  ]);
  return row ? toThreadArticle(row, settings, new Date()) : null;
}

/**
 * One page of a story's thread: top-level comments in the chosen order, each with its first
 * approved replies (oldest first). A top-level comment that is no longer public keeps its
 * place as a stub while it has public replies. `after` is the last top-level id of the previous page.
 */
export async function listThreadPage(
  articleId: string,
  order: ThreadOrder,
  after: string | null,
  pageSize = THREAD_PAGE_SIZE,
): Promise<ThreadPage> {
  const db = getDb();
  const newest = order === "newest";
  const cursor = after
    ? sql`(${comments.createdAt}, ${comments.id}) ${sql.raw(newest ? "<" : ">")} (select c2.created_at, c2.id from comments c2 where c2.id = ${after} and c2.article_id = ${articleId} and c2.parent_id is null)`
    : undefined;
  const rows = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.articleId, articleId),
        isNull(comments.parentId),
        or(eq(comments.status, "approved"), gt(comments.approvedReplyCount, 0)),
        cursor,
      ),
    )
    .orderBy(...(newest ? [desc(comments.createdAt), desc(comments.id)] : [asc(comments.createdAt), asc(comments.id)]))
    .limit(pageSize + 1);

  const shown = rows.slice(0, pageSize).map((row) => toView(row));
  const replies = await listFirstReplies(shown.filter((comment) => comment.replyCount > 0).map((comment) => comment.id));
  return {
    comments: shown.map((comment) => ({ ...comment, replies: replies.get(comment.id) ?? [] })),
    nextCursor: rows.length > pageSize ? shown.at(-1)!.id : null,
  };
}

async function listFirstReplies(parentIds: string[]): Promise<Map<string, CommentView[]>> {
  const byParent = new Map<string, CommentView[]>();
  if (parentIds.length === 0) return byParent;
  const ranked = getDb()
    .select({
      ...viewColumns,
      position: sql<number>`row_number() over (partition by ${comments.parentId} order by ${comments.createdAt}, ${comments.id})`.as(
        "position",
      ),
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(inArray(comments.parentId, parentIds), eq(comments.status, "approved")))
    .as("ranked");
  const rows = await getDb()
    .select()
    .from(ranked)
    .where(lte(ranked.position, REPLIES_SHOWN))
    .orderBy(asc(ranked.createdAt), asc(ranked.id));
  for (const row of rows) {
    const view = toView(row);
    byParent.set(row.parentId!, [...(byParent.get(row.parentId!) ?? []), view]);
  }
  return byParent;
}

/** A top-level comment of a story with all its approved replies, a page at a time. */
export async function getCommentWithReplies(
  articleId: string,
  commentId: string,
  after: string | null,
  pageSize = 50,
): Promise<{ comment: CommentView; replies: CommentView[]; nextCursor: string | null } | null> {
  const db = getDb();
  const [root] = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.id, commentId),
        eq(comments.articleId, articleId),
        isNull(comments.parentId),
        or(eq(comments.status, "approved"), gt(comments.approvedReplyCount, 0)),
      ),
    );
  if (!root) return null;
  const rows = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(
      and(
        eq(comments.parentId, commentId),
        eq(comments.status, "approved"),
        after
          ? sql`(${comments.createdAt}, ${comments.id}) > (select c2.created_at, c2.id from comments c2 where c2.id = ${after} and c2.parent_id = ${commentId})`
          : undefined,
      ),
    )
    .orderBy(asc(comments.createdAt), asc(comments.id))
    .limit(pageSize + 1);
  const replies = rows.slice(0, pageSize).map((row) => toView(row));
  return { comment: toView(root), replies, nextCursor: rows.length > pageSize ? replies.at(-1)!.id : null };
}

// ── The reader's own view ──────────────────────────────────────────────────────────

interface Standing {
  banned: boolean;
  suspendedUntil: Date | null;
}

async function standingOf(db: Executor, userId: string, now: Date): Promise<Standing> {
  const rows = await db
    .select({ kind: commenterSanctions.kind, endsAt: commenterSanctions.endsAt })
    .from(commenterSanctions)
    .where(
      and(
        eq(commenterSanctions.userId, userId),
        isNull(commenterSanctions.liftedAt),
        or(eq(commenterSanctions.kind, "ban"), gt(commenterSanctions.endsAt, now)),
      ),
    );
  const suspensions = rows.flatMap((row) => (row.endsAt ? [row.endsAt] : []));
  return {
    banned: rows.some((row) => row.kind === "ban"),
    suspendedUntil: suspensions.length ? new Date(Math.max(...suspensions.map((date) => date.getTime()))) : null,
  };
}

function restrictionMessage(standing: Standing): string | null {
  if (standing.banned) return ar.moderation.refused.authorBanned;
  if (standing.suspendedUntil) return ar.moderation.refused.authorSuspended(formatDateTime(standing.suspendedUntil));
  return null;
}

/** Comments a person (not the system) has ruled on; their authors can no longer edit them. */
async function ruledOnByPeople(db: Executor, commentIds: string[]): Promise<Set<string>> {
  if (commentIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ commentId: commentModerationEvents.commentId })
    .from(commentModerationEvents)
    .where(
      and(
        inArray(commentModerationEvents.commentId, commentIds),
        isNotNull(commentModerationEvents.actorId),
        inArray(commentModerationEvents.action, ["approved", "rejected", "marked_spam"]),
      ),
    );
  return new Set(rows.map((row) => row.commentId!));
}

/**
 * What the thread needs to know about the viewer on one story: whether they may comment or
 * report, their own comments there, and those of them nobody else can see yet.
 */
export async function getThreadViewer(viewer: Viewer, articleId: string, now = new Date()): Promise<ThreadViewer> {
  if (!viewer) return anonymousThreadViewer;
  const db = getDb();
  const [standing, own, reported, verified] = await Promise.all([
    standingOf(db, viewer.id, now),
    db
      .select(viewColumns)
      .from(comments)
      .innerJoin(users, eq(users.id, comments.authorId))
      .where(and(eq(comments.articleId, articleId), eq(comments.authorId, viewer.id)))
      .orderBy(asc(comments.createdAt))
      .limit(500),
    db
      .select({ id: commentReports.commentId })
      .from(commentReports)
      .innerJoin(comments, eq(comments.id, commentReports.commentId))
      .where(and(eq(commentReports.reporterId, viewer.id), eq(comments.articleId, articleId))),
    isEmailVerified(db, viewer.id),
  ]);
  const sanction = restrictionMessage(standing);
  // An unverified reader may still report; commenting waits for the address to be proved.
  const restriction = sanction ?? (verified ? null : ar.comments.errors.emailUnverified);
  const recent = own.filter((row) => now.getTime() - row.createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000);
  const ruled = await ruledOnByPeople(db, recent.map((row) => row.id));
  return {
    signedIn: true,
    displayName: viewer.displayName,
    canComment: can(viewer, "comment.create") && restriction === null,
    canReport: can(viewer, "comment.report") && sanction === null,
    restriction,
    ownIds: own.filter((row) => authorMayDelete(row.status)).map((row) => row.id),
    editableIds: recent
      .filter((row) => authorMayEdit({ ...row, moderatedByPerson: ruled.has(row.id) }, now))
      .map((row) => row.id),
    reportedIds: reported.map((row) => row.id),
    unpublished: own
      .filter((row) => row.status === "pending" || row.status === "rejected" || row.status === "spam")
      .map((row) => toView(row, "author")),
  };
}

// ── Posting ────────────────────────────────────────────────────────────────────────

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

function refuse(decision: ModerationDecision): asserts decision is Verdict {
  if (decision.outcome === "refused") throw new DomainError(decision.rule, decision.message, decision.field);
}

function storedStatus(status: CommentStatus): CommentOutcome["status"] {
  return status === "approved" ? "approved" : status === "pending" ? "pending" : "rejected";
}

function outcomeMessage(status: CommentStatus, reason: string | null): string {
  if (reason) return reason;
  return status === "approved" ? ar.moderation.approved : status === "pending" ? ar.moderation.pending.review : ar.moderation.rejected.bannedWords;
}

async function loadOwnView(db: Executor, commentId: string): Promise<CommentView> {
  const [row] = await db
    .select(viewColumns)
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, commentId));
  return toView(row!, "author");
}

/** Runs the moderation pipeline on a new or edited comment; refusals throw, verdicts return. */
function moderate(
  submission: CommentSubmission,
  history: AuthorHistory,
  article: { commentMode: CommentedArticle["commentMode"]; publishedAt: Date | null },
  rules: ModerationSettings,
  now: Date,
): Verdict {
  const decision = moderateComment(
    {
      comment: submission,
      author: history.author,
      article: { commentMode: article.commentMode, publishedAt: article.publishedAt ?? now },
      recentComments: history.recentComments,
      settings: rules,
    },
    now,
  );
  refuse(decision);
  return decision;
}

async function readAuthorHistory(db: Executor, key: AuthorKey, rules: ModerationSettings, now: Date): Promise<AuthorHistory> {
  const author = oneAuthor(authorQuery(key, historyWindowMinutes(rules), now));
  const [row] = await selectPreparedRows<AuthorHistoryRow>(db as Database, sql`select ${authorHistoryColumns} from ${author}`);
  return toAuthorHistory(key, row!);
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

// ── Editing, deleting, reporting ───────────────────────────────────────────────────

async function lockComment(db: Executor, commentId: string) {
  const [comment] = await db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      parentId: comments.parentId,
      authorId: comments.authorId,
      status: comments.status,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(eq(comments.id, commentId))
    .for("update");
  if (!comment) throw new DomainError("commentMissing", ar.comments.errors.commentMissing);
  return comment;
}

async function lockOwnComment(db: Executor, viewer: SignedInViewer, commentId: string) {
  const comment = await lockComment(db, commentId);
  if (comment.authorId !== viewer.id) throw new DomainError("notYours", ar.comments.errors.notYours);
  return comment;
}

async function articleOf(db: Executor, articleId: string) {
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug, commentMode: articles.commentMode, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.id, articleId), isPublicArticle()));
  if (!article) throw new DomainError("articleUnavailable", ar.comments.errors.articleUnavailable);
  return article;
}

/** The author rewrites their comment within the edit window; the rules run again on the new text. */
export async function editComment(viewer: Viewer, commentId: string, body: string, now = new Date()): Promise<CommentOutcome> {
  assertCan(viewer, "comment.create");
  const { rules } = await loadModerationRules();
  const text = neutralizeCommentText(body);
  const authorKey = { userId: viewer.id };
  const db = getDb();
  const result = await db.transaction(async (tx) => {
    await claimAuthor(tx, authorKey);
    const comment = await lockOwnComment(tx, viewer, commentId);
    const ruled = await ruledOnByPeople(tx, [comment.id]);
    if (!authorMayEdit({ ...comment, moderatedByPerson: ruled.has(comment.id) }, now)) {
      throw new DomainError("editWindowOver", ar.comments.errors.editWindowOver);
    }
    const article = await articleOf(tx, comment.articleId);
    const history = await readAuthorHistory(tx, authorKey, rules, now);
    const decision = moderate({ kind: "edit", commentId: comment.id, text }, history, article, rules, now);
    await tx.update(comments).set({ body: text, editedAt: now }).where(eq(comments.id, comment.id));
    const publicChange = (await moveComment(tx, comment, decision.status, now)) || comment.status === "approved";
    await recordEvents(tx, [
      {
        commentId: comment.id,
        actorId: null,
        action: "edited",
        fromStatus: comment.status,
        toStatus: decision.status,
        rule: decision.rule,
        reason: decision.reason,
        evidence: decision.evidence ?? null,
      },
    ]);
    return { decision, publicChange, article };
  });
  return {
    comment: await loadOwnView(db, commentId),
    status: result.decision.status,
    message: result.decision.reason,
    article: { id: result.article.id, slug: result.article.slug },
    publicChange: result.publicChange,
  };
}

/** The author withdraws their comment. Its replies stay, under a stub. */
export async function deleteOwnComment(viewer: Viewer, commentId: string, now = new Date()) {
  assertCan(viewer, "comment.create");
  return getDb().transaction(async (tx) => {
    const comment = await lockOwnComment(tx, viewer, commentId);
    if (!authorMayDelete(comment.status)) throw new DomainError("cannotDelete", ar.comments.errors.cannotDelete);
    const publicChange = await moveComment(tx, comment, "deleted", now);
    await recordEvents(tx, [
      { commentId: comment.id, actorId: viewer.id, action: "deleted", fromStatus: comment.status, toStatus: "deleted" },
    ]);
    const [article] = await tx.select({ slug: articles.slug }).from(articles).where(eq(articles.id, comment.articleId));
    return { article: { id: comment.articleId, slug: article!.slug }, publicChange };
  });
}

/**
 * A reader flags a published comment. Once enough distinct readers have reported it since a
 * moderator last ruled on it, it is held (pending) until a moderator looks.
 */
export async function reportComment(
  viewer: Viewer,
  commentId: string,
  input: { reason: ReportReason; note: string },
  now = new Date(),
) {
  assertCan(viewer, "comment.report");
  const settings = await getCommentSettings();
  return getDb().transaction(async (tx) => {
    const standing = await standingOf(tx, viewer.id, now);
    if (restrictionMessage(standing)) throw new DomainError("sanctioned", ar.comments.errors.sanctioned);
    const comment = await lockComment(tx, commentId);
    const article = await articleOf(tx, comment.articleId);
    if (comment.authorId === viewer.id) throw new DomainError("ownComment", ar.comments.errors.ownComment);
    if (!isReportable(comment.status)) throw new DomainError("notReportable", ar.comments.errors.notReportable);

    const [report] = await tx
      .insert(commentReports)
      .values({ commentId, reporterId: viewer.id, reason: input.reason, note: input.note, createdAt: now })
      .onConflictDoNothing()
      .returning({ id: commentReports.id });
    if (!report) throw new DomainError("alreadyReported", ar.comments.errors.alreadyReported);

    const [open] = await tx
      .select({ n: count() })
      .from(commentReports)
      .where(and(eq(commentReports.commentId, commentId), isNull(commentReports.resolvedAt)));
    const openReports = open?.n ?? 0;
    await tx.update(comments).set({ openReportCount: openReports }).where(eq(comments.id, commentId));
    await recordEvents(tx, [
      { commentId, actorId: viewer.id, action: "reported", reason: input.note, evidence: { reason: input.reason } },
    ]);

    const held = openReports >= settings.reportThreshold;
    let publicChange = false;
    if (held) {
      publicChange = await moveComment(tx, comment, "pending", now);
      await recordEvents(tx, [
        {
          commentId,
          actorId: null,
          action: "held",
          fromStatus: comment.status,
          toStatus: "pending",
          rule: "reports",
          reason: ar.moderationDesk.evidence.reports(openReports),
          evidence: { kind: "reports", reports: openReports, threshold: settings.reportThreshold },
        },
      ]);
    }
    return { held, publicChange, article: { id: article.id, slug: article.slug } };
  });
}

import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { selectRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import {
  commentModerationEvents,
  commentReports,
  comments,
  commenterSanctions,
  type CommentStatus,
  type ReportReason,
} from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, can, type SignedInViewer, type Viewer } from "@/lib/auth/viewer";
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
  CommentAuthor,
  CommentedArticle,
  CommentSubmission,
  ModerationDecision,
  RecentComment,
  Verdict,
} from "@/lib/moderation/types";
import { moveComment, recordEvents, type Executor } from "./comment-records";
import { getCommentSettings, loadModerationRules } from "./comment-settings";
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
    ? sql`(${comments.createdAt}, ${comments.id}) ${sql.raw(newest ? "<" : ">")} (select c2.created_at, c2.id from comments c2 where c2.id = ${after})`
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
          ? sql`(${comments.createdAt}, ${comments.id}) > (select c2.created_at, c2.id from comments c2 where c2.id = ${after})`
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
  const [standing, own, reported] = await Promise.all([
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
  ]);
  const restriction = restrictionMessage(standing);
  const recent = own.filter((row) => now.getTime() - row.createdAt.getTime() <= EDIT_WINDOW_MINUTES * 60_000);
  const ruled = await ruledOnByPeople(db, recent.map((row) => row.id));
  return {
    signedIn: true,
    displayName: viewer.displayName,
    canComment: can(viewer, "comment.create") && restriction === null,
    canReport: can(viewer, "comment.report") && restriction === null,
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

const LOCK_NAMESPACE = 7_201_187;

function refuse(decision: ModerationDecision): asserts decision is Verdict {
  if (decision.outcome === "refused") throw new DomainError(decision.rule, decision.message);
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

/** The answer already given for a client key: a retry gets it again instead of a second comment. */
async function replayOutcome(
  viewer: Viewer,
  input: PostCommentInput,
): Promise<CommentOutcome | null> {
  const db = getDb();
  const [existing] = await db
    .select({
      id: comments.id,
      authorId: comments.authorId,
      guestEmail: comments.guestEmail,
      status: comments.status,
      articleId: comments.articleId,
      slug: articles.slug,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .where(eq(comments.clientKey, input.clientKey));
  if (!existing) return null;
  const sameAuthor = viewer ? existing.authorId === viewer.id : existing.guestEmail === input.guest?.email;
  if (!sameAuthor) throw new DomainError("keyReused", ar.comments.errors.keyReused);
  const [decision] = await db
    .select({ reason: commentModerationEvents.reason })
    .from(commentModerationEvents)
    .where(and(eq(commentModerationEvents.commentId, existing.id), eq(commentModerationEvents.action, "posted")));
  return {
    comment: await loadOwnView(db, existing.id),
    status: storedStatus(existing.status),
    message: outcomeMessage(existing.status, decision?.reason ?? null),
    article: { id: existing.articleId, slug: existing.slug },
    publicChange: false,
  };
}

type AuthorKey = { userId: string } | { guestEmail: string };

/** Runs the moderation pipeline on a new or edited comment; refusals throw, verdicts return. */
async function moderate(
  db: Executor,
  submission: CommentSubmission,
  authorKey: AuthorKey,
  article: { commentMode: CommentedArticle["commentMode"]; publishedAt: Date | null },
  rules: ModerationSettings,
  now: Date,
): Promise<Verdict> {
  const windowMinutes = Math.max(rules.rateLimit.windowMinutes, rules.repeatPostWindowMinutes);
  const { author, recentComments } = await authorContext(db, authorKey, windowMinutes, now);
  const decision = moderateComment(
    {
      comment: submission,
      author,
      article: { commentMode: article.commentMode, publishedAt: article.publishedAt ?? now },
      recentComments,
      settings: rules,
    },
    now,
  );
  refuse(decision);
  return decision;
}

/**
 * What the pipeline needs to know about an author, in one query: approved comments (trust),
 * recent comments (rate and repeat checks) and any suspension or ban in force.
 */
async function authorContext(
  db: Executor,
  key: AuthorKey,
  windowMinutes: number,
  now: Date,
): Promise<{ author: CommentAuthor; recentComments: RecentComment[] }> {
  const byAuthor = "userId" in key ? sql`author_id = ${key.userId}::uuid` : sql`author_id is null and guest_email = ${key.guestEmail}`;
  const since = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const userId = "userId" in key ? key.userId : null;
  const [row] = await selectRows<{
    approved: number;
    recent: { id: string; text: string; at: number }[] | string;
    banned: boolean | null;
    suspended_until: number | null;
  }>(
    db as Database,
    sql`select
      (select count(*)::int from comments where ${byAuthor} and status = 'approved') as approved,
      (select coalesce(json_agg(r), '[]'::json) from (
        select id, body as text, (extract(epoch from created_at) * 1000)::float8 as at
        from comments where ${byAuthor} and created_at > ${since}::timestamptz
        order by created_at desc limit 500) r) as recent,
      (select bool_or(kind = 'ban') from commenter_sanctions
        where user_id = ${userId}::uuid and lifted_at is null and (kind = 'ban' or ends_at > ${now.toISOString()}::timestamptz)) as banned,
      (select (extract(epoch from max(ends_at)) * 1000)::float8 from commenter_sanctions
        where user_id = ${userId}::uuid and lifted_at is null and kind = 'suspension' and ends_at > ${now.toISOString()}::timestamptz) as suspended_until`,
  );
  const recent = typeof row!.recent === "string" ? (JSON.parse(row!.recent) as { id: string; text: string; at: number }[]) : row!.recent;
  return {
    author: {
      id: userId ?? `guest:${"guestEmail" in key ? key.guestEmail : ""}`,
      isGuest: userId === null,
      approvedCommentCount: row!.approved,
      banned: row!.banned === true,
      suspendedUntil: row!.suspended_until === null ? null : new Date(row!.suspended_until),
    },
    recentComments: recent.map((comment) => ({ id: comment.id, text: comment.text, createdAt: new Date(comment.at) })),
  };
}

/** Serialises one author's writes, so rate and repeat checks see every earlier comment. */
async function lockAuthor(db: Executor, key: AuthorKey) {
  const name = "userId" in key ? key.userId : `guest:${key.guestEmail}`;
  await db.execute(sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${name}))`);
}

export async function postComment(
  viewer: Viewer,
  input: PostCommentInput,
  request: { ip: string },
  now = new Date(),
): Promise<CommentOutcome> {
  if (viewer) assertCan(viewer, "comment.create");
  else if (!input.guest) throw new AuthorizationError("unauthenticated");

  // Independent reads, in parallel: the rules, an earlier answer for this key, the story.
  const db = getDb();
  const [{ settings, rules }, replay, [article]] = await Promise.all([
    loadModerationRules(),
    replayOutcome(viewer, input),
    db
      .select({ id: articles.id, slug: articles.slug, commentMode: articles.commentMode, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.id, input.articleId), isPublicArticle())),
  ]);
  if (!viewer && !settings.guestComments) throw new AuthorizationError("unauthenticated");
  if (replay) return replay;
  if (!article) throw new DomainError("articleUnavailable", ar.comments.errors.articleUnavailable);

  let parentId: string | null = null;
  if (input.parentId) {
    const [parent] = await db
      .select({ id: comments.id, parentId: comments.parentId, status: comments.status, articleId: comments.articleId })
      .from(comments)
      .where(eq(comments.id, input.parentId));
    if (!parent || parent.articleId !== article.id || !acceptsReplies(parent.status)) {
      throw new DomainError("parentRemoved", ar.comments.errors.parentRemoved);
    }
    // Threads are two levels deep: a reply to a reply joins the same top-level comment.
    parentId = parent.parentId ?? parent.id;
    if (parent.parentId) {
      const [root] = await db.select({ status: comments.status }).from(comments).where(eq(comments.id, parent.parentId));
      if (!root || !acceptsReplies(root.status)) throw new DomainError("parentRemoved", ar.comments.errors.parentRemoved);
    }
  }

  const allowance = await consumeCommentAllowance(request.ip, settings.ipRateLimit);
  if (!allowance.allowed) throw new DomainError("rateLimited", ar.comments.errors.rateLimited(allowance.retryAfterMinutes));

  const text = neutralizeCommentText(input.body);
  const authorKey: AuthorKey = viewer ? { userId: viewer.id } : { guestEmail: input.guest!.email };

  const stored = await db.transaction(async (tx) => {
    await lockAuthor(tx, authorKey);
    const decision = await moderate(tx, { kind: "new", text }, authorKey, article, rules, now);
    // The comment, the story's and the parent's counts and the moderation event, written by
    // one statement. A conflict on the key means the same submission committed first.
    const delta = approvedDelta(null, decision.status);
    const [created] = await selectRows<{ id: string }>(
      tx as unknown as Database,
      sql`with inserted as (
          insert into comments (article_id, parent_id, author_id, guest_name, guest_email, body, status, client_key, created_at, status_changed_at)
          values (${article.id}::uuid, ${parentId}::uuid, ${viewer?.id ?? null}::uuid, ${viewer ? null : input.guest!.name},
                  ${viewer ? null : input.guest!.email}, ${text}, ${decision.status}::comment_status, ${input.clientKey}::uuid,
                  ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz)
          on conflict (client_key) do nothing
          returning id),
        story as (
          update articles set comment_count = comment_count + ${delta}::int
          where ${delta}::int <> 0 and id = ${article.id}::uuid and exists (select 1 from inserted)),
        parent as (
          update comments set approved_reply_count = approved_reply_count + ${delta}::int
          where ${delta}::int <> 0 and id = ${parentId}::uuid and exists (select 1 from inserted)),
        logged as (
          insert into comment_moderation_events (comment_id, action, to_status, rule, reason, evidence)
          select id, 'posted', ${decision.status}::comment_status, ${decision.rule}, ${decision.reason},
                 ${decision.evidence ? JSON.stringify(decision.evidence) : null}::jsonb
          from inserted)
        select id from inserted`,
    );
    if (!created) return null;
    return { id: created.id, decision, publicChange: delta !== 0 };
  });

  if (!stored) return (await replayOutcome(viewer, input))!;
  return {
    comment: {
      id: stored.id,
      parentId,
      authorName: viewer ? viewer.displayName : input.guest!.name,
      isGuest: !viewer,
      body: text,
      status: stored.decision.status,
      createdAt: now.toISOString(),
      createdAtLabel: formatDateTime(now),
      edited: false,
      replyCount: 0,
      replies: [],
    },
    status: stored.decision.status,
    message: stored.decision.reason,
    article: { id: article.id, slug: article.slug },
    publicChange: stored.publicChange,
  };
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
  const db = getDb();
  const result = await db.transaction(async (tx) => {
    await lockAuthor(tx, { userId: viewer.id });
    const comment = await lockOwnComment(tx, viewer, commentId);
    const ruled = await ruledOnByPeople(tx, [comment.id]);
    if (!authorMayEdit({ ...comment, moderatedByPerson: ruled.has(comment.id) }, now)) {
      throw new DomainError("editWindowOver", ar.comments.errors.editWindowOver);
    }
    const article = await articleOf(tx, comment.articleId);
    const decision = await moderate(tx, { kind: "edit", commentId: comment.id, text }, { userId: viewer.id }, article, rules, now);
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

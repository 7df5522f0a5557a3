import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles } from "@/db/schema/articles";
import {
  commentModerationEvents,
  commentReports,
  comments,
  commenterSanctions,
  commentStatuses,
  type CommentStatus,
  type ModerationAction,
  type SanctionKind,
} from "@/db/schema/comments";
import type { UserRole } from "@/db/schema/enums";
import { users } from "@/db/schema/users";
import { formatDateTime } from "@/lib/arabic/dates";
import { assertCan, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import type { AuthorRecord, Decision, DeskQueue, QueueItem } from "@/lib/comments/desk";
import { sanctionRefusal } from "@/lib/comments/sanction-rules";
import { decisionStatus, moderatorMayMove, type ModeratorDecision } from "@/lib/comments/transitions";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { queueReplyNotice } from "./internal/reply-notices";
import { queueRejectionNotice, queueSanctionNotice } from "./internal/moderation-notices";
import { moveComment, recordEvents, type Executor } from "./internal/comment-records";
import { getCommentSettings } from "./comment-settings";

// The moderation desk: queues, decisions, commenters' records and sanctions, and the log.

export const QUEUE_PAGE_SIZE = 50;
const MAX_BULK = 100;

const decisionActions: ModerationAction[] = ["posted", "edited", "approved", "rejected", "marked_spam", "held"];
const personDecisions: ModerationAction[] = ["approved", "rejected", "marked_spam"];
const decisionAction: Record<ModeratorDecision, ModerationAction> = {
  approve: "approved",
  reject: "rejected",
  spam: "marked_spam",
};

export async function countPendingComments(viewer: Viewer): Promise<number> {
  assertCan(viewer, "comment.moderate");
  const [row] = await getDb().select({ n: count() }).from(comments).where(eq(comments.status, "pending"));
  return row?.n ?? 0;
}

export async function countQueues(viewer: Viewer): Promise<Record<DeskQueue, number>> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const [[pending], [reported], [approved], [removed]] = await Promise.all([
    db.select({ n: count() }).from(comments).where(eq(comments.status, "pending")),
    db.select({ n: count() }).from(comments).where(reportedCondition()),
    db.select({ n: count() }).from(comments).where(and(eq(comments.status, "approved"), gt(comments.statusChangedAt, since))),
    db
      .select({ n: count() })
      .from(comments)
      .where(and(inArray(comments.status, ["rejected", "spam"]), gt(comments.statusChangedAt, since))),
  ]);
  return { pending: pending?.n ?? 0, reported: reported?.n ?? 0, approved: approved?.n ?? 0, removed: removed?.n ?? 0 };
}

function reportedCondition(): SQL {
  return and(gt(comments.openReportCount, 0), inArray(comments.status, ["approved", "pending"]))!;
}

const queues: Record<DeskQueue, { where: () => SQL; orderBy: () => SQL[] }> = {
  // First come, first served.
  pending: { where: () => eq(comments.status, "pending"), orderBy: () => [asc(comments.createdAt), asc(comments.id)] },
  reported: {
    where: reportedCondition,
    orderBy: () => [desc(comments.openReportCount), asc(comments.createdAt), asc(comments.id)],
  },
  approved: { where: () => eq(comments.status, "approved"), orderBy: () => [desc(comments.statusChangedAt), desc(comments.id)] },
  removed: {
    where: () => inArray(comments.status, ["rejected", "spam"]),
    orderBy: () => [desc(comments.statusChangedAt), desc(comments.id)],
  },
};

export async function listQueue(viewer: Viewer, queue: DeskQueue, page = 1): Promise<QueueItem[]> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const rows = await db
    .select({
      id: comments.id,
      status: comments.status,
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`,
      guestEmail: comments.guestEmail,
      openReports: comments.openReportCount,
      articleId: articles.id,
      articleSlug: articles.slug,
      headline: articles.headline,
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(queues[queue].where())
    .orderBy(...queues[queue].orderBy())
    .limit(QUEUE_PAGE_SIZE)
    .offset((page - 1) * QUEUE_PAGE_SIZE);
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parentId ? [row.parentId] : [])))];
  const [parents, decisions, reports, records] = await Promise.all([
    loadParents(db, parentIds),
    latestDecisions(db, ids),
    openReports(db, ids),
    authorRecords(
      db,
      rows.map((row) => ({ userId: row.authorId, guestEmail: row.guestEmail, name: row.authorName })),
    ),
  ]);

  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    createdAtLabel: formatDateTime(row.createdAt),
    edited: row.editedAt !== null,
    article: { id: row.articleId, slug: row.articleSlug, headline: row.headline },
    parent: row.parentId ? (parents.get(row.parentId) ?? null) : null,
    author: records.get(authorKey(row.authorId, row.guestEmail))!,
    decision: decisions.get(row.id) ?? null,
    reports: reports.get(row.id) ?? { open: 0, reasons: {}, notes: [] },
  }));
}

async function loadParents(db: Executor, ids: string[]) {
  const parents = new Map<string, NonNullable<QueueItem["parent"]>>();
  if (ids.length === 0) return parents;
  const rows = await db
    .select({
      id: comments.id,
      body: comments.body,
      status: comments.status,
      authorName: sql<string>`coalesce(${users.displayName}, ${comments.guestName}, '')`,
    })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(inArray(comments.id, ids));
  for (const { id, ...parent } of rows) parents.set(id, parent);
  return parents;
}

async function latestDecisions(db: Executor, ids: string[]): Promise<Map<string, Decision>> {
  const actors = alias(users, "actors");
  const rows = await db
    .selectDistinctOn([commentModerationEvents.commentId], {
      commentId: commentModerationEvents.commentId,
      action: commentModerationEvents.action,
      rule: commentModerationEvents.rule,
      reason: commentModerationEvents.reason,
      evidence: commentModerationEvents.evidence,
      actorName: actors.displayName,
      createdAt: commentModerationEvents.createdAt,
    })
    .from(commentModerationEvents)
    .leftJoin(actors, eq(actors.id, commentModerationEvents.actorId))
    .where(and(inArray(commentModerationEvents.commentId, ids), inArray(commentModerationEvents.action, decisionActions)))
    .orderBy(commentModerationEvents.commentId, desc(commentModerationEvents.id));
  return new Map(
    rows.map((row) => [
      row.commentId!,
      {
        action: row.action,
        rule: row.rule,
        reason: row.reason,
        evidence: row.evidence ?? null,
        actorName: row.actorName,
        atLabel: formatDateTime(row.createdAt),
      },
    ]),
  );
}

async function openReports(db: Executor, ids: string[]) {
  const rows = await db
    .select({ commentId: commentReports.commentId, reason: commentReports.reason, note: commentReports.note })
    .from(commentReports)
    .where(and(inArray(commentReports.commentId, ids), isNull(commentReports.resolvedAt)))
    .orderBy(desc(commentReports.createdAt));
  const byComment = new Map<string, QueueItem["reports"]>();
  for (const row of rows) {
    const entry = byComment.get(row.commentId) ?? { open: 0, reasons: {}, notes: [] };
    entry.open += 1;
    entry.reasons[row.reason] = (entry.reasons[row.reason] ?? 0) + 1;
    if (row.note && entry.notes.length < 3) entry.notes.push(row.note);
    byComment.set(row.commentId, entry);
  }
  return byComment;
}

const authorKey = (userId: string | null, guestEmail: string | null) => userId ?? `guest:${guestEmail}`;
const zeroCounts = () => Object.fromEntries(commentStatuses.map((status) => [status, 0])) as Record<CommentStatus, number>;

/** Each author's record: comments by status, trust, sanctions in force and the last decisions on them. */
async function authorRecords(
  db: Executor,
  authors: { userId: string | null; guestEmail: string | null; name: string }[],
): Promise<Map<string, AuthorRecord>> {
  const settings = await getCommentSettings();
  const userIds = [...new Set(authors.flatMap((author) => (author.userId ? [author.userId] : [])))];
  const guestEmails = [...new Set(authors.flatMap((author) => (!author.userId && author.guestEmail ? [author.guestEmail] : [])))];
  const byAuthor = or(
    userIds.length ? inArray(comments.authorId, userIds) : undefined,
    guestEmails.length ? and(isNull(comments.authorId), inArray(comments.guestEmail, guestEmails)) : undefined,
  );
  const now = new Date();
  const [counts, sanctions, decisions] = await Promise.all([
    db
      .select({ authorId: comments.authorId, guestEmail: comments.guestEmail, status: comments.status, n: count() })
      .from(comments)
      .where(byAuthor)
      .groupBy(comments.authorId, comments.guestEmail, comments.status),
    userIds.length
      ? db
          .select({ userId: commenterSanctions.userId, kind: commenterSanctions.kind, endsAt: commenterSanctions.endsAt })
          .from(commenterSanctions)
          .where(
            and(
              inArray(commenterSanctions.userId, userIds),
              isNull(commenterSanctions.liftedAt),
              or(eq(commenterSanctions.kind, "ban"), gt(commenterSanctions.endsAt, now)),
            ),
          )
      : Promise.resolve([]),
    recentDecisionsOn(db, userIds),
  ]);

  const records = new Map<string, AuthorRecord>();
  for (const author of authors) {
    const key = authorKey(author.userId, author.guestEmail);
    if (records.has(key)) continue;
    const tally = zeroCounts();
    for (const row of counts) {
      if (authorKey(row.authorId, row.guestEmail) === key) tally[row.status] += row.n;
    }
    const own = sanctions.filter((sanction) => sanction.userId === author.userId);
    const ban = own.some((sanction) => sanction.kind === "ban");
    const until = own.flatMap((sanction) => (sanction.endsAt ? [sanction.endsAt.getTime()] : []));
    records.set(key, {
      userId: author.userId,
      name: author.name,
      isGuest: !author.userId,
      guestEmail: author.userId ? null : author.guestEmail,
      counts: tally,
      trusted: !!author.userId && tally.approved >= settings.trustThreshold,
      trustThreshold: settings.trustThreshold,
      restriction: ban
        ? ar.moderationDesk.banned
        : until.length
          ? ar.moderationDesk.suspendedUntil(formatDateTime(new Date(Math.max(...until))))
          : null,
      recentDecisions: author.userId ? (decisions.get(author.userId) ?? []) : [],
    });
  }
  return records;
}

async function recentDecisionsOn(db: Executor, userIds: string[]) {
  const byUser = new Map<string, AuthorRecord["recentDecisions"]>();
  if (userIds.length === 0) return byUser;
  const ranked = db
    .select({
      authorId: comments.authorId,
      action: commentModerationEvents.action,
      createdAt: commentModerationEvents.createdAt,
      position: sql<number>`row_number() over (partition by ${comments.authorId} order by ${commentModerationEvents.id} desc)`.as(
        "position",
      ),
    })
    .from(commentModerationEvents)
    .innerJoin(comments, eq(comments.id, commentModerationEvents.commentId))
    .where(
      and(
        inArray(comments.authorId, userIds),
        or(isNotNull(commentModerationEvents.actorId), eq(commentModerationEvents.action, "held")),
        inArray(commentModerationEvents.action, [...personDecisions, "held"]),
      ),
    )
    .as("ranked");
  const rows = await db.select().from(ranked).where(sql`${ranked.position} <= 5`).orderBy(desc(ranked.createdAt));
  for (const row of rows) {
    const list = byUser.get(row.authorId!) ?? [];
    list.push({ action: row.action, atLabel: formatDateTime(row.createdAt) });
    byUser.set(row.authorId!, list);
  }
  return byUser;
}

export interface ModerationResult {
  changed: { id: string; articleId: string; slug: string; publicChange: boolean }[];
  skipped: string[];
}

/**
 * A moderator's decision on one comment or many. Each comment is locked and moved only if the
 * move is allowed from its current state (another moderator may have got there first); its open
 * reports are answered; every move is logged with who decided and why.
 */
export async function moderateComments(
  viewer: Viewer,
  commentIds: string[],
  decision: ModeratorDecision,
  note = "",
  now = new Date(),
): Promise<ModerationResult> {
  assertCan(viewer, "comment.moderate");
  const ids = [...new Set(commentIds)].slice(0, MAX_BULK);
  const to = decisionStatus[decision];
  return staffTransaction(async (tx) => {
    const rows = await tx
      .select({
        id: comments.id,
        articleId: comments.articleId,
        parentId: comments.parentId,
        status: comments.status,
        slug: articles.slug,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(inArray(comments.id, ids))
      .orderBy(asc(comments.id))
      .for("update", { of: comments });
    const result: ModerationResult = { changed: [], skipped: ids.filter((id) => !rows.some((row) => row.id === id)) };
    for (const row of rows) {
      if (!moderatorMayMove(row.status, to)) {
        result.skipped.push(row.id);
        continue;
      }
      const publicChange = (await moveComment(tx, row, to, now)) || (to === "approved" && row.status === "approved");
      await tx
        .update(commentReports)
        .set({ resolvedAt: now })
        .where(and(eq(commentReports.commentId, row.id), isNull(commentReports.resolvedAt)));
      await tx.update(comments).set({ openReportCount: 0 }).where(eq(comments.id, row.id));
      const reason = note.trim() || ar.moderationDesk.defaultReason[decision];
      await recordEvents(tx, [{ commentId: row.id, actorId: viewer.id, action: decisionAction[decision], fromStatus: row.status, toStatus: to, reason }]);
      if (to === "approved" && row.status !== "approved" && row.parentId) await queueReplyNotice(tx, row.id);
      if (to === "rejected" && row.status !== "rejected") await queueRejectionNotice(tx, row.id, reason);
      result.changed.push({ id: row.id, articleId: row.articleId, slug: row.slug, publicChange });
    }
    return result;
  });
}

// ── Commenters ─────────────────────────────────────────────────────────────────────

export interface SanctionRow {
  id: string;
  kind: SanctionKind;
  endsAtLabel: string | null;
  reason: string;
  byName: string;
  createdAtLabel: string;
  state: "active" | "lifted" | "ended";
}

export interface CommenterProfile {
  id: string;
  name: string;
  role: UserRole;
  joinedLabel: string;
  record: AuthorRecord;
  sanctions: SanctionRow[];
  comments: { id: string; body: string; status: CommentStatus; createdAtLabel: string; headline: string; slug: string }[];
}

export async function getCommenter(viewer: Viewer, userId: string): Promise<CommenterProfile | null> {
  assertCan(viewer, "comment.moderate");
  const db = getDb();
  const [user] = await db
    .select({ id: users.id, name: users.displayName, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return null;
  const moderators = alias(users, "moderators");
  const now = new Date();
  const [records, sanctions, recent] = await Promise.all([
    authorRecords(db, [{ userId, guestEmail: null, name: user.name }]),
    db
      .select({
        id: commenterSanctions.id,
        kind: commenterSanctions.kind,
        endsAt: commenterSanctions.endsAt,
        reason: commenterSanctions.reason,
        byName: moderators.displayName,
        createdAt: commenterSanctions.createdAt,
        liftedAt: commenterSanctions.liftedAt,
      })
      .from(commenterSanctions)
      .innerJoin(moderators, eq(moderators.id, commenterSanctions.createdBy))
      .where(eq(commenterSanctions.userId, userId))
      .orderBy(desc(commenterSanctions.createdAt)),
    db
      .select({
        id: comments.id,
        body: comments.body,
        status: comments.status,
        createdAt: comments.createdAt,
        headline: articles.headline,
        slug: articles.slug,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .where(eq(comments.authorId, userId))
      .orderBy(desc(comments.createdAt))
      .limit(50),
  ]);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    joinedLabel: formatDateTime(user.createdAt),
    record: records.get(userId)!,
    sanctions: sanctions.map((row) => ({
      id: row.id,
      kind: row.kind,
      endsAtLabel: row.endsAt ? formatDateTime(row.endsAt) : null,
      reason: row.reason,
      byName: row.byName,
      createdAtLabel: formatDateTime(row.createdAt),
      state: row.liftedAt ? "lifted" : row.endsAt && row.endsAt <= now ? "ended" : "active",
    })),
    comments: recent.map(({ createdAt, ...row }) => ({ ...row, createdAtLabel: formatDateTime(createdAt) })),
  };
}

function assertMaySanction(viewer: SignedInViewer, target: { id: string; role: UserRole }, act: "sanction" | "lift") {
  const refusal = sanctionRefusal(viewer, target);
  if (!refusal) return;
  const messages = ar.moderationDesk.commenter;
  throw new DomainError(refusal, refusal === "notSelf" && act === "lift" ? messages.liftNotSelf : messages[refusal]);
}

/** Suspends a commenter for some days, or bans them; either way with a reason, in the log. */
export async function sanctionCommenter(
  viewer: Viewer,
  userId: string,
  input: { kind: SanctionKind; days: number | null; reason: string },
  now = new Date(),
) {
  assertCan(viewer, "commenter.suspend");
  await staffTransaction(async (tx) => {
    const [target] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId));
    if (!target) throw new DomainError("commenterMissing", ar.moderationDesk.commenter.missing);
    assertMaySanction(viewer, { id: userId, role: target.role }, "sanction");
    const endsAt = input.kind === "ban" ? null : new Date(now.getTime() + (input.days ?? 1) * 24 * 60 * 60 * 1000);
    await tx
      .insert(commenterSanctions)
      .values({ userId, kind: input.kind, endsAt, reason: input.reason, createdBy: viewer.id, createdAt: now });
    await recordEvents(tx, [
      {
        subjectUserId: userId,
        actorId: viewer.id,
        action: input.kind === "ban" ? "banned" : "suspended",
        reason: input.reason,
        evidence: endsAt ? { days: input.days, endsAt: endsAt.toISOString() } : null,
      },
    ]);
    await queueSanctionNotice(tx, userId, { endsAt, reason: input.reason });
  });
}

export async function liftSanction(viewer: Viewer, sanctionId: string, reason: string, now = new Date()) {
  assertCan(viewer, "commenter.suspend");
  await staffTransaction(async (tx) => {
    const [sanction] = await tx
      .select({ userId: commenterSanctions.userId, kind: commenterSanctions.kind, role: users.role })
      .from(commenterSanctions)
      .innerJoin(users, eq(users.id, commenterSanctions.userId))
      .where(and(eq(commenterSanctions.id, sanctionId), isNull(commenterSanctions.liftedAt)))
      .for("update", { of: commenterSanctions });
    if (!sanction) return;
    assertMaySanction(viewer, { id: sanction.userId, role: sanction.role }, "lift");
    await tx.update(commenterSanctions).set({ liftedAt: now, liftedBy: viewer.id }).where(eq(commenterSanctions.id, sanctionId));
    await recordEvents(tx, [
      { subjectUserId: sanction.userId, actorId: viewer.id, action: "sanction_lifted", reason, evidence: { kind: sanction.kind } },
    ]);
  });
}

// ── The log ────────────────────────────────────────────────────────────────────────

export interface LogEntry {
  id: number;
  atLabel: string;
  createdAt: string;
  actorName: string | null;
  action: ModerationAction;
  rule: string | null;
  reason: string;
  evidence: Record<string, unknown> | null;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus | null;
  comment: { id: string; excerpt: string; headline: string; slug: string } | null;
  subject: { id: string; name: string } | null;
}

export const LOG_PAGE_SIZE = 50;

/** The moderation log, newest first; `before` is the last id of the previous page. */
export async function listModerationLog(viewer: Viewer, before: number | null = null): Promise<LogEntry[]> {
  assertCan(viewer, "moderation.audit");
  const actors = alias(users, "actors");
  const subjects = alias(users, "subjects");
  const rows = await getDb()
    .select({
      id: commentModerationEvents.id,
      createdAt: commentModerationEvents.createdAt,
      actorName: actors.displayName,
      action: commentModerationEvents.action,
      rule: commentModerationEvents.rule,
      reason: commentModerationEvents.reason,
      evidence: commentModerationEvents.evidence,
      fromStatus: commentModerationEvents.fromStatus,
      toStatus: commentModerationEvents.toStatus,
      commentId: comments.id,
      body: comments.body,
      headline: articles.headline,
      slug: articles.slug,
      subjectId: subjects.id,
      subjectName: subjects.displayName,
    })
    .from(commentModerationEvents)
    .leftJoin(actors, eq(actors.id, commentModerationEvents.actorId))
    .leftJoin(subjects, eq(subjects.id, commentModerationEvents.subjectUserId))
    .leftJoin(comments, eq(comments.id, commentModerationEvents.commentId))
    .leftJoin(articles, eq(articles.id, comments.articleId))
    .where(before === null ? undefined : lt(commentModerationEvents.id, before))
    .orderBy(desc(commentModerationEvents.id))
    .limit(LOG_PAGE_SIZE);
  return rows.map((row) => ({
    id: row.id,
    atLabel: formatDateTime(row.createdAt),
    createdAt: row.createdAt.toISOString(),
    actorName: row.actorName,
    action: row.action,
    rule: row.rule,
    reason: row.reason,
    evidence: row.evidence ?? null,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    comment: row.commentId
      ? { id: row.commentId, excerpt: (row.body ?? "").slice(0, 140), headline: row.headline ?? "", slug: row.slug ?? "" }
      : null,
    subject: row.subjectId ? { id: row.subjectId, name: row.subjectName ?? "" } : null,
  }));
}

import "server-only";
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { commentModerationEvents, comments, commenterSanctions, commentStatuses, type CommentStatus, type ModerationAction } from "@/db/schema/comments";
import { formatDateTime } from "@/lib/arabic/dates";
import type { AuthorRecord } from "@/lib/comments/desk";
import { ar } from "@/lib/i18n/ar";
import { getCommentSettings } from "../comment-settings";
import type { Executor } from "./comment-records";

// What the desk shows of a comment's author: a record it reads for the queue and a commenter's page.

const personDecisions: ModerationAction[] = ["approved", "rejected", "marked_spam"];

export const authorKey = (userId: string | null, guestEmail: string | null) => userId ?? `guest:${guestEmail}`;
const zeroCounts = () => Object.fromEntries(commentStatuses.map((status) => [status, 0])) as Record<CommentStatus, number>;

/** Each author's record: comments by status, trust, sanctions in force and the last decisions on them. */
export async function authorRecords(
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

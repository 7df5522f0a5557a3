import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { CommentAuthor, RecentComment } from "@/lib/moderation/types";
import type { ModerationSettings } from "@/lib/moderation/settings";
import { commenterActivity } from "@/db/schema/comments";
import type { Executor } from "./comment-records";
import { column, columns } from "./sql-names";

// What the moderation pipeline knows about a commenter, and the version that orders their
// writes (the commenter_activity table). Nothing here checks permissions: callers do.

export type AuthorKey = { userId: string } | { guestEmail: string };

export const authorActivityKey = (key: AuthorKey) => ("userId" in key ? `user:${key.userId}` : `guest:${key.guestEmail}`);

/** How far back the rate and repeat checks look at an author's comments. */
export function historyWindowMinutes(rules: Pick<ModerationSettings, "rateLimit" | "repeatPostWindowMinutes">): number {
  return Math.max(rules.rateLimit.windowMinutes, rules.repeatPostWindowMinutes);
}

/** Who wrote, and how far back and as of when to look: a row of the relation `i` below. */
export interface AuthorQuery {
  userId: string | null;
  guestEmail: string | null;
  authorKey: string;
  since: string;
  now: string;
}

export function authorQuery(key: AuthorKey, windowMinutes: number, now: Date): AuthorQuery {
  return {
    userId: "userId" in key ? key.userId : null,
    guestEmail: "guestEmail" in key ? key.guestEmail : null,
    authorKey: authorActivityKey(key),
    since: new Date(now.getTime() - windowMinutes * 60_000).toISOString(),
    now: now.toISOString(),
  };
}

/**
 * The columns `approved`, `recent`, `banned`, `suspended_until` and `author_version`, for the
 * authors of a relation `i` with the columns of AuthorQuery (user_id, guest_email, author_key,
 * since, now). Each branch reads one index: by account, or by a guest's e-mail.
 */
export const authorHistoryColumns = sql`
  (select count(*)::int from comments where author_id = i.user_id and status = 'approved')
    + (select count(*)::int from comments
       where i.user_id is null and author_id is null and guest_email = i.guest_email and status = 'approved') as approved,
  (select coalesce(json_agg(r), '[]'::json) from (
    select * from (
      select id, body as text, (extract(epoch from created_at) * 1000)::float8 as at
      from comments where author_id = i.user_id and created_at > i.since
      union all
      select id, body as text, (extract(epoch from created_at) * 1000)::float8 as at
      from comments where i.user_id is null and author_id is null and guest_email = i.guest_email and created_at > i.since) mine
    order by at desc limit 500) r) as recent,
  (select bool_or(kind = 'ban') from commenter_sanctions
    where user_id = i.user_id and lifted_at is null and (kind = 'ban' or ends_at > i.now)) as banned,
  (select (extract(epoch from max(ends_at)) * 1000)::float8 from commenter_sanctions
    where user_id = i.user_id and lifted_at is null and kind = 'suspension' and ends_at > i.now) as suspended_until,
  (select version from commenter_activity where author_key = i.author_key) as author_version`;

/** One author as the relation `i` of authorHistoryColumns. */
export function oneAuthor(query: AuthorQuery): SQL {
  return sql`(select ${query.userId}::uuid as user_id, ${query.guestEmail}::text as guest_email,
    ${query.authorKey}::text as author_key, ${query.since}::timestamptz as since, ${query.now}::timestamptz as now) i`;
}

export interface AuthorHistoryRow {
  approved: number;
  recent: { id: string; text: string; at: number }[] | string;
  banned: boolean | null;
  suspended_until: number | null;
  author_version: number | null;
}

export interface AuthorHistory {
  author: CommentAuthor;
  recentComments: RecentComment[];
  /** The author's write version when this was read; null before their first comment. */
  version: number | null;
}

export function toAuthorHistory(key: AuthorKey, row: AuthorHistoryRow): AuthorHistory {
  // Drivers differ on whether a json value arrives parsed.
  const recent = typeof row.recent === "string" ? (JSON.parse(row.recent) as Exclude<AuthorHistoryRow["recent"], string>) : row.recent;
  const userId = "userId" in key ? key.userId : null;
  return {
    author: {
      id: userId ?? `guest:${"guestEmail" in key ? key.guestEmail : ""}`,
      isGuest: userId === null,
      approvedCommentCount: row.approved,
      banned: row.banned === true,
      suspendedUntil: row.suspended_until === null ? null : new Date(row.suspended_until),
    },
    recentComments: recent.map((comment) => ({ id: comment.id, text: comment.text, createdAt: new Date(comment.at) })),
    version: row.author_version,
  };
}

/**
 * Raises the author's version and holds their row until the transaction ends: a post that
 * read their history before this commits is refused by `claimIfUnchanged` and reads it again.
 */
export async function claimAuthor(db: Executor, key: AuthorKey) {
  await db.execute(sql`
    insert into commenter_activity (author_key, version) values (${authorActivityKey(key)}, 1)
    on conflict (author_key) do update set version = commenter_activity.version + 1`);
}

/**
 * A CTE named `claimed` that raises the author's version only if it is still `version`, as
 * read with their history; empty when another write of theirs came in between.
 */
export function claimIfUnchanged(key: AuthorKey, version: number | null): SQL {
  const { authorKey, version: current } = commenterActivity;
  return sql`claimed as (
    insert into ${commenterActivity} (${columns(authorKey, current)}) values (${authorActivityKey(key)}, 1)
    on conflict (${column(authorKey)}) do update set ${column(current)} = ${current} + 1
    where ${current} = ${version}::int
    returning ${column(current)})`;
}

import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { CommentAuthor, RecentComment } from "@/lib/moderation/types";
import type { ModerationSettings } from "@/lib/moderation/settings";
import type { Executor } from "./comment-records";

// What the moderation pipeline knows about a commenter, and the version that orders their
// writes (the commenter_activity table). Nothing here checks permissions: callers do.

export type AuthorKey = { userId: string } | { guestEmail: string };

export const authorActivityKey = (key: AuthorKey) => ("userId" in key ? `user:${key.userId}` : `guest:${key.guestEmail}`);

/** How far back the rate and repeat checks look at an author's comments. */
export function historyWindowMinutes(rules: Pick<ModerationSettings, "rateLimit" | "repeatPostWindowMinutes">): number {
  return Math.max(rules.rateLimit.windowMinutes, rules.repeatPostWindowMinutes);
}

/** The columns `approved`, `recent`, `banned`, `suspended_until` and `author_version`. */
export function authorHistoryColumns(key: AuthorKey, windowMinutes: number, now: Date): SQL {
  const byAuthor = "userId" in key ? sql`author_id = ${key.userId}::uuid` : sql`author_id is null and guest_email = ${key.guestEmail}`;
  const since = new Date(now.getTime() - windowMinutes * 60_000).toISOString();
  const userId = "userId" in key ? key.userId : null;
  return sql`
    (select count(*)::int from comments where ${byAuthor} and status = 'approved') as approved,
    (select coalesce(json_agg(r), '[]'::json) from (
      select id, body as text, (extract(epoch from created_at) * 1000)::float8 as at
      from comments where ${byAuthor} and created_at > ${since}::timestamptz
      order by created_at desc limit 500) r) as recent,
    (select bool_or(kind = 'ban') from commenter_sanctions
      where user_id = ${userId}::uuid and lifted_at is null and (kind = 'ban' or ends_at > ${now.toISOString()}::timestamptz)) as banned,
    (select (extract(epoch from max(ends_at)) * 1000)::float8 from commenter_sanctions
      where user_id = ${userId}::uuid and lifted_at is null and kind = 'suspension' and ends_at > ${now.toISOString()}::timestamptz) as suspended_until,
    (select version from commenter_activity where author_key = ${authorActivityKey(key)}) as author_version`;
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
  return sql`claimed as (
    insert into commenter_activity (author_key, version) values (${authorActivityKey(key)}, 1)
    on conflict (author_key) do update set version = commenter_activity.version + 1
    where commenter_activity.version = ${version}::int
    returning version)`;
}

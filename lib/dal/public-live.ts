import "server-only";
import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { liveUpdateAuthors, liveUpdates } from "@/db/schema/live";
import { users } from "@/db/schema/users";
import { formatDateTime, formatTime } from "@/lib/arabic/dates";
import { LIVE_UPDATES_PER_PAGE } from "@/lib/editorial/limits";
import { keyEventTitle } from "@/lib/live/key-event";
import type { BreakingLink, LiveUpdateView } from "@/lib/live/events";
import { articlePath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import type { Executor } from "./internal/article-content";
import { latestLiveEventId } from "./live-events";
import { listBreakingArticles } from "./public-articles";

// Live coverage as readers see it: published updates only, newest first; and the breaking
// strip every public page shows.

export interface KeyEvent {
  id: number;
  headline: string;
  time: string;
  /** The page of updates it is on. */
  page: number;
}

export interface LiveCoveragePage {
  /** Every message up to this one is in what was read: pages ask for the ones after it. */
  since: number;
  keyEvents: KeyEvent[];
  updates: LiveUpdateView[];
  page: number;
  totalPages: number;
}

type UpdateRow = Pick<typeof liveUpdates.$inferSelect, "id" | "version" | "headline" | "body" | "isKeyEvent" | "publishedAt" | "editedAt" | "createdAt">;

const viewColumns = {
  id: liveUpdates.id,
  version: liveUpdates.version,
  headline: liveUpdates.headline,
  body: liveUpdates.body,
  isKeyEvent: liveUpdates.isKeyEvent,
  publishedAt: liveUpdates.publishedAt,
  editedAt: liveUpdates.editedAt,
  createdAt: liveUpdates.createdAt,
};

/** Updates with their authors and times, in the shape pages and live messages carry. */
export async function toUpdateViews(db: Executor, rows: UpdateRow[]): Promise<LiveUpdateView[]> {
  const ids = rows.map((row) => row.id);
  const authorRows =
    ids.length === 0
      ? []
      : await db
          .select({ updateId: liveUpdateAuthors.updateId, name: users.displayName, slug: users.slug, organization: users.isOrganization })
          .from(liveUpdateAuthors)
          .innerJoin(users, eq(users.id, liveUpdateAuthors.userId))
          .where(inArray(liveUpdateAuthors.updateId, ids))
          .orderBy(asc(liveUpdateAuthors.position));
  return rows.map((row) => {
    // A draft is dated when it was written.
    const publishedAt = row.publishedAt ?? row.createdAt;
    return {
      id: row.id,
      version: row.version,
      headline: row.headline,
      body: row.body,
      isKeyEvent: row.isKeyEvent,
      publishedAt: publishedAt.toISOString(),
      time: formatTime(publishedAt),
      dateTime: formatDateTime(publishedAt),
      editedAt: row.editedAt?.toISOString() ?? null,
      authors: authorRows.filter((author) => author.updateId === row.id).map(({ name, slug, organization }) => ({ name, slug, organization })),
    };
  });
}

export async function loadUpdateViews(db: Executor, ids: number[]): Promise<LiveUpdateView[]> {
  if (ids.length === 0) return [];
  return toUpdateViews(db, await db.select(viewColumns).from(liveUpdates).where(inArray(liveUpdates.id, ids)));
}

const published = (articleId: string) => and(eq(liveUpdates.articleId, articleId), eq(liveUpdates.status, "published"));
const newestFirst = [desc(liveUpdates.publishedAt), desc(liveUpdates.id)];

/** The key events, newest first, each with the page of updates it is on. */
async function keyEvents(articleId: string): Promise<KeyEvent[]> {
  const db = getDb();
  const ranked = db.$with("ranked").as(
    db
      .select({
        id: liveUpdates.id,
        headline: liveUpdates.headline,
        body: liveUpdates.body,
        isKeyEvent: liveUpdates.isKeyEvent,
        publishedAt: liveUpdates.publishedAt,
        rank: sql<number>`row_number() over (order by ${liveUpdates.publishedAt} desc, ${liveUpdates.id} desc)`.as("rank"),
      })
      .from(liveUpdates)
      .where(published(articleId)),
  );
  const rows = await db.with(ranked).select().from(ranked).where(eq(ranked.isKeyEvent, true)).orderBy(asc(ranked.rank));
  return rows.map((row) => ({
    id: row.id,
    headline: keyEventTitle(row),
    time: formatTime(row.publishedAt ?? new Date()),
    page: Math.ceil(Number(row.rank) / LIVE_UPDATES_PER_PAGE),
  }));
}

/** One page of a live story's published updates (page 1 also names the key events); null past the last page. */
export async function getLiveCoveragePage(articleId: string, page: number): Promise<LiveCoveragePage | null> {
  const db = getDb();
  // Read first: a message recorded while the updates are read is sent again, never missed.
  const since = await latestLiveEventId(db);
  const [[total], rows, keyRows] = await Promise.all([
    db.select({ n: count() }).from(liveUpdates).where(published(articleId)),
    db
      .select(viewColumns)
      .from(liveUpdates)
      .where(published(articleId))
      .orderBy(...newestFirst)
      .limit(LIVE_UPDATES_PER_PAGE)
      .offset((page - 1) * LIVE_UPDATES_PER_PAGE),
    keyEvents(articleId),
  ]);
  const totalPages = Math.max(1, Math.ceil((total?.n ?? 0) / LIVE_UPDATES_PER_PAGE));
  if (page > totalPages) return null;
  return {
    since,
    keyEvents: keyRows,
    updates: await toUpdateViews(db, rows),
    page,
    totalPages,
  };
}

/** The breaking strip's stories, with the newest live message already reflected in them. */
export async function getBreakingNews(): Promise<{ since: number; stories: BreakingLink[] }> {
  const since = await latestLiveEventId();
  const stories = await listBreakingArticles();
  return { since, stories: stories.map((story) => ({ headline: story.headline, path: linkPath(articlePath(story.slug)) })) };
}

import "server-only";
import { reindexArticles } from "./internal/search-index";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { articleEvents } from "@/db/schema/editorial";
import { sections } from "@/db/schema/sections";
import { storyCacheTags } from "@/lib/cache/tags";
import type { WriteResult } from "./newsroom-articles";
import { freeToPublishAt } from "./internal/publication-holds";

// Scheduled publishing, run by every app instance every second (instrumentation.ts).
// The database decides: one UPDATE moves each due story from scheduled to published, and
// its row lock means that of two instances racing, exactly one publishes a given story.
// These functions act for no one (the system), so they take no viewer.

/** A story that goes out more than this after its time is reported as late on the desk. */
export const LATE_AFTER_MS = 60_000;

export interface PublishedByScheduler {
  id: string;
  slug: string;
  scheduledFor: string;
  publishedAt: string;
  late: boolean;
}

/** Publishes every story whose time has come, with the cache tags that readers of them need expired. */
export async function publishDueArticles(now = new Date()): Promise<WriteResult<PublishedByScheduler[]>> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const intended = sql`coalesce(${articles.scheduledFor}, ${articles.publishedAt})`;
  return getDb().transaction(async (tx) => {
    const due = await tx
      .update(articles)
      .set({
        status: "published",
        scheduledFor: intended,
        // On time, a story keeps its scheduled time; late, it shows when it really went out.
        publishedAt: sql`case when ${at} - ${intended} > make_interval(secs => ${LATE_AFTER_MS / 1000}) then ${at} else ${intended} end`,
      })
      .where(and(eq(articles.status, "scheduled"), lte(articles.publishedAt, at), freeToPublishAt(at)))
      .returning({ id: articles.id, slug: articles.slug, sectionId: articles.sectionId, scheduledFor: articles.scheduledFor, publishedAt: articles.publishedAt });
    if (due.length === 0) return { outcome: [], invalidate: [] };

    const published = due.map((story) => ({
      id: story.id,
      slug: story.slug,
      scheduledFor: story.scheduledFor!.toISOString(),
      publishedAt: story.publishedAt!.toISOString(),
      late: now.getTime() - story.scheduledFor!.getTime() > LATE_AFTER_MS,
    }));
    await tx.insert(articleEvents).values(
      published.map((story) => ({
        articleId: story.id,
        actorId: null,
        action: "published" as const,
        fromStatus: "scheduled" as const,
        toStatus: "published" as const,
        detail: {
          scheduledFor: story.scheduledFor,
          late: story.late,
          lateByMinutes: story.late ? Math.round((now.getTime() - Date.parse(story.scheduledFor)) / 60_000) : 0,
        },
      })),
    );
    await reindexArticles(tx, due.map((story) => story.id));
    const sectionRows = await tx
      .select({ id: sections.id, slug: sections.slug })
      .from(sections)
      .where(inArray(sections.id, [...new Set(due.map((story) => story.sectionId))]));
    const invalidate = storyCacheTags({ slugs: due.map((story) => story.slug), sectionSlugs: sectionRows.map((section) => section.slug) });
    return { outcome: published, invalidate };
  });
}

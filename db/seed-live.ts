import { eq } from "drizzle-orm";
import { z } from "zod";
import { documentFromParagraphs } from "@/lib/article-document";
import type { Database } from "./client";
import { articles } from "./schema/articles";
import { liveUpdateAuthors, liveUpdates } from "./schema/live";

// The demo newsroom's live coverage: a story opened for live updates hours ago, with updates
// from several hands, some of them key events.

const MINUTE = 60 * 1000;

export const demoLiveUpdatesSchema = z.array(
  z.object({
    minutesAgo: z.number().min(0),
    author: z.string(),
    headline: z.string().optional(),
    keyEvent: z.boolean().optional(),
    paragraphs: z.array(z.string()).min(1),
  }),
);

/** Opens the story's coverage and posts its updates, once: a story already covered is left as it is. */
export async function seedLiveUpdates(
  db: Database,
  storySlug: string,
  updates: z.infer<typeof demoLiveUpdatesSchema>,
  now: Date,
  authorIds: Map<string | null, string>,
) {
  await db.transaction(async (tx) => {
    const [story] = await tx.select({ id: articles.id, publishedAt: articles.publishedAt, startedAt: articles.coverageStartedAt }).from(articles).where(eq(articles.slug, storySlug));
    if (!story || story.startedAt) return;
    await tx.update(articles).set({ coverageStartedAt: story.publishedAt ?? now }).where(eq(articles.id, story.id));
    for (const update of updates) {
      const author = authorIds.get(update.author);
      if (!author) throw new Error(`Unknown author in live seed: ${update.author}`);
      const at = new Date(now.getTime() - update.minutesAgo * MINUTE);
      const [row] = await tx
        .insert(liveUpdates)
        .values({
          articleId: story.id,
          status: "published",
          headline: update.headline ?? "",
          body: documentFromParagraphs(update.paragraphs),
          isKeyEvent: update.keyEvent ?? false,
          createdBy: author,
          createdAt: at,
          publishedAt: at,
        })
        .returning({ id: liveUpdates.id });
      await tx.insert(liveUpdateAuthors).values({ updateId: row!.id, userId: author });
    }
  });
}

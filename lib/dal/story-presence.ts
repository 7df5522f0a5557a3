import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { articlePresence } from "@/db/schema/editorial";
import type { ArticleStatus } from "@/db/schema/enums";
import type { Person } from "@/lib/arabic/addressing";
import { canEditStory } from "@/lib/editorial/workflow";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { markPresent, othersEditingNow } from "./internal/presence";
import { openableStory } from "./internal/story-access";

// Who is editing a story now (lib/editorial/presence.ts): a soft lock, not a hard one.

/** Marks the viewer as editing the story now and returns who else is. */
export async function heartbeat(viewer: Viewer, articleId: string): Promise<{ othersEditing: Person[]; version: number; status: ArticleStatus } | null> {
  assertCan(viewer, "article.create");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  if (canEditStory(viewer, story)) {
    await markPresent(viewer.id, articleId);
  }
  return { othersEditing: await othersEditingNow(viewer.id, articleId), version: story.version, status: story.status };
}

/** The viewer closed the story (or the tab): they are no longer editing it. */
export async function leaveArticle(viewer: Viewer, articleId: string): Promise<void> {
  assertCan(viewer, "article.create");
  await getDb()
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, viewer.id)));
}

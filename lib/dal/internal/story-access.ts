import "server-only";
import { getDb } from "@/db";
import { canOpenStory } from "@/lib/editorial/workflow";
import { AuthorizationError } from "@/lib/errors";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { loadStoryAccess, type Executor, type StoryRow } from "./article-content";

/**
 * A story the viewer may open: null when it does not exist, a refusal when it is not theirs.
 * Inside a transaction, pass it as `db`; `lock` holds the row until the transaction ends.
 */
export async function openableStory(viewer: SignedInViewer, articleId: string, db: Executor = getDb(), lock = false): Promise<StoryRow | null> {
  const story = await loadStoryAccess(db, viewer, articleId, lock);
  if (!story) return null;
  if (!canOpenStory(viewer, story)) throw new AuthorizationError("forbidden");
  return story;
}

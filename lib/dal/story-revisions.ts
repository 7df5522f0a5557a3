import "server-only";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db";
import { articleRevisions } from "@/db/schema/editorial";
import { users } from "@/db/schema/users";
import { changedFields, type ArticleSnapshot, type SnapshotField } from "@/lib/editorial/snapshot";
import { canEditStory } from "@/lib/editorial/workflow";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { loadSnapshot } from "./internal/article-content";
import { openableStory } from "./internal/story-access";

// A story's revisions, for the revisions page: what each save changed, and the snapshots to
// compare. Restoring one is a save (lib/dal/newsroom-articles.ts).

export interface RevisionRow {
  version: number;
  author: string | null;
  createdAt: string;
  restoredFromVersion: number | null;
  isAutosave: boolean;
  changed: SnapshotField[];
}

export interface RevisionList {
  articleId: string;
  headline: string;
  version: number;
  canEdit: boolean;
  revisions: RevisionRow[];
}

export async function listRevisions(viewer: Viewer, articleId: string): Promise<RevisionList | null> {
  assertCan(viewer, "article.create");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  const author = alias(users, "author");
  const rows = await getDb()
    .select({
      version: articleRevisions.version,
      snapshot: articleRevisions.snapshot,
      author: author.displayName,
      createdAt: articleRevisions.createdAt,
      restoredFromVersion: articleRevisions.restoredFromVersion,
      isAutosave: articleRevisions.isAutosave,
    })
    .from(articleRevisions)
    .leftJoin(author, eq(author.id, articleRevisions.authorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(asc(articleRevisions.version));
  const current = (await loadSnapshot(getDb(), articleId))!;
  const revisions = rows.map(({ snapshot, ...row }, index) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    changed: index === 0 ? [] : changedFields(rows[index - 1]!.snapshot, snapshot),
  }));
  return { articleId, headline: current.headline, version: story.version, canEdit: canEditStory(viewer, story), revisions: revisions.reverse() };
}

export async function getRevisionSnapshots(
  viewer: Viewer,
  articleId: string,
  versions: number[],
): Promise<Map<number, ArticleSnapshot> | null> {
  assertCan(viewer, "article.create");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  const rows = await getDb()
    .select({ version: articleRevisions.version, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.version, versions)));
  return new Map(rows.map((row) => [row.version, row.snapshot]));
}

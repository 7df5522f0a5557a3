import "server-only";
import type { Person } from "@/lib/arabic/addressing";
import { and, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { liveUpdateAuthors, liveUpdateRevisions, liveUpdates, type LiveUpdateStatus } from "@/db/schema/live";
import { staffTransaction } from "@/db/staff-transaction";
import { cacheTags } from "@/lib/cache/tags";
import { ar } from "@/lib/i18n/ar";
import { storyChannel, type LiveMessage, type LiveUpdateView } from "@/lib/live/events";
import { roleCan } from "@/lib/permissions/permissions";
import { assertCan, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { AuthorizationError, DomainError } from "@/lib/errors";
import type { CoverageAction, LiveUpdateInput, UpdateStateAction } from "@/lib/validation/live";
import { wasEverPublic, withStoredImageSizes, type Executor } from "./internal/article-content";
import { markPresent, othersEditingNow } from "./internal/presence";
import { forgetUpdateMessages, recordLiveEvent } from "./live-events";
import { loadUpdateViews, toUpdateViews } from "./public-live";

// The newsroom's side of live coverage (db/schema/live.ts). Each update is written on its own
// row, so editors posting at once never conflict; an edit is refused only when someone changed
// that same update first. A change readers can see is recorded as a live message in the same
// transaction, and its id handed back for the action to announce once the change has committed.

const t = ar.liveDesk.errors;

export interface LiveWrite<Outcome> {
  outcome: Outcome;
  /** Cache tags the change made stale. */
  invalidate: string[];
  /** Recorded live messages, to announce after commit. */
  announce: number[];
}

export interface Coverage {
  startedAt: string | null;
  endedAt: string | null;
}

export interface DeskUpdate extends LiveUpdateView {
  status: Exclude<LiveUpdateStatus, "removed">;
  /** Whether the viewer may edit, pin, publish or remove it. */
  mayChange: boolean;
}

type Tx = Parameters<Parameters<typeof staffTransaction>[0]>[0];

async function loadStory(db: Executor, articleId: string) {
  const [story] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      coverageStartedAt: articles.coverageStartedAt,
      coverageEndedAt: articles.coverageEndedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!story) throw new DomainError("storyMissing", ar.editor.errors.storyMissing);
  return story;
}

type Story = Awaited<ReturnType<typeof loadStory>>;

const isLive = (story: Story) => story.coverageStartedAt !== null && story.coverageEndedAt === null;
/** Readers see the story, and so its updates, now. */
const isPublic = (story: Story) => story.status === "published" && wasEverPublic(story);
const pageTags = (story: Story) => (isPublic(story) ? [cacheTags.article(story.slug)] : []);

async function tell(tx: Tx, story: Story, message: LiveMessage): Promise<number[]> {
  if (!isPublic(story)) return [];
  // What readers were told about this update before is replaced by what they are told now.
  const updateId = message.kind === "update" ? message.update.id : message.kind === "update-removed" ? message.updateId : null;
  if (updateId !== null) await forgetUpdateMessages(tx, storyChannel(story.id), updateId);
  return [await recordLiveEvent(tx, storyChannel(story.id), message)];
}

async function updateMessage(tx: Tx, updateId: number): Promise<LiveMessage> {
  const [update] = await loadUpdateViews(tx, [updateId]);
  return { kind: "update", update: update! };
}

/** Starts, ends or reopens a story's live coverage. */
export async function setCoverage(viewer: Viewer, articleId: string, action: CoverageAction): Promise<LiveWrite<{ message: string }>> {
  assertCan(viewer, "live.cover");
  return staffTransaction(async (tx) => {
    const story = await loadStory(tx, articleId);
    if (action !== "start" && !story.coverageStartedAt) throw new DomainError("notLive", t.notLive);
    const now = new Date();
    const change =
      action === "start"
        ? { coverageStartedAt: story.coverageStartedAt ?? now, coverageEndedAt: null }
        : action === "end"
          ? { coverageEndedAt: story.coverageEndedAt ?? now }
          : { coverageEndedAt: null };
    await tx.update(articles).set(change).where(eq(articles.id, articleId));
    const endedAt = "coverageEndedAt" in change ? change.coverageEndedAt : null;
    const message = { start: ar.liveDesk.started, end: ar.liveDesk.endedDone, reopen: ar.liveDesk.reopened }[action];
    return {
      outcome: { message },
      invalidate: pageTags(story),
      announce: await tell(tx, story, { kind: "coverage", endedAt: endedAt?.toISOString() ?? null }),
    };
  });
}

async function storedBody(tx: Tx, input: LiveUpdateInput) {
  const body = await withStoredImageSizes(tx, input.body);
  if (!body) throw new DomainError("imageMissing", ar.editor.errors.imageMissing, "body");
  return body;
}

function assertPublishable(story: Story) {
  if (!isLive(story)) throw new DomainError("notLive", t.notLive);
  if (!isPublic(story)) throw new DomainError("notPublished", t.notPublished);
}

/** Posts an update: published at once by those who may, kept as a draft for an editor otherwise. */
export async function postUpdate(
  viewer: Viewer,
  request: { articleId: string; publish: boolean; update: LiveUpdateInput },
): Promise<LiveWrite<{ id: number }>> {
  assertCan(viewer, request.publish ? "live.publishUpdate" : "live.draftUpdate");
  return staffTransaction(async (tx) => {
    const story = await loadStory(tx, request.articleId);
    if (request.publish) assertPublishable(story);
    else if (!isLive(story)) throw new DomainError("notLive", t.notLive);
    const now = new Date();
    const [row] = await tx
      .insert(liveUpdates)
      .values({
        articleId: story.id,
        status: request.publish ? "published" : "draft",
        headline: request.update.headline,
        body: await storedBody(tx, request.update),
        isKeyEvent: request.update.isKeyEvent,
        createdBy: viewer.id,
        createdAt: now,
        publishedAt: request.publish ? now : null,
      })
      .returning({ id: liveUpdates.id });
    await tx.insert(liveUpdateAuthors).values({ updateId: row!.id, userId: viewer.id });
    if (!request.publish) return { outcome: { id: row!.id }, invalidate: [], announce: [] };
    return { outcome: { id: row!.id }, invalidate: pageTags(story), announce: await tell(tx, story, await updateMessage(tx, row!.id)) };
  });
}

async function loadUpdateForChange(tx: Tx, viewer: SignedInViewer, updateId: number) {
  const [update] = await tx
    .select()
    .from(liveUpdates)
    .where(and(eq(liveUpdates.id, updateId), ne(liveUpdates.status, "removed")))
    .for("update");
  if (!update) throw new DomainError("updateMissing", t.missing);
  assertMayChange(viewer, update);
  return { update, story: await loadStory(tx, update.articleId) };
}

/** Published updates are the publishers'; a draft is also its writer's. */
function mayChange(viewer: SignedInViewer, update: { status: LiveUpdateStatus; createdBy: string | null }): boolean {
  if (roleCan(viewer.role, "live.publishUpdate")) return true;
  return update.status === "draft" && update.createdBy === viewer.id && roleCan(viewer.role, "live.draftUpdate");
}

function assertMayChange(viewer: SignedInViewer, update: { status: LiveUpdateStatus; createdBy: string | null }) {
  if (!mayChange(viewer, update)) throw new AuthorizationError("forbidden");
}

/** Rewrites an update, keeping what it said; refused when someone changed it since `baseVersion`. */
export async function editUpdate(
  viewer: Viewer,
  request: { updateId: number; baseVersion: number; update: LiveUpdateInput },
): Promise<LiveWrite<{ version: number }>> {
  assertCan(viewer, "live.draftUpdate");
  return staffTransaction(async (tx) => {
    const { update, story } = await loadUpdateForChange(tx, viewer, request.updateId);
    if (update.version !== request.baseVersion) throw new DomainError("stale", t.stale);
    const body = await storedBody(tx, request.update);
    const wordsChanged = update.headline !== request.update.headline || JSON.stringify(update.body) !== JSON.stringify(body);
    const published = update.status === "published";
    await tx.insert(liveUpdateRevisions).values({ updateId: update.id, version: update.version, headline: update.headline, body: update.body, editedBy: viewer.id });
    await tx
      .update(liveUpdates)
      .set({
        headline: request.update.headline,
        body,
        isKeyEvent: request.update.isKeyEvent,
        version: update.version + 1,
        editedAt: published && wordsChanged ? new Date() : update.editedAt,
      })
      .where(eq(liveUpdates.id, update.id));
    await addAuthor(tx, update.id, viewer.id);
    if (!published) return { outcome: { version: update.version + 1 }, invalidate: [], announce: [] };
    return { outcome: { version: update.version + 1 }, invalidate: pageTags(story), announce: await tell(tx, story, await updateMessage(tx, update.id)) };
  });
}

async function addAuthor(tx: Tx, updateId: number, userId: string) {
  await tx
    .insert(liveUpdateAuthors)
    .values({
      updateId,
      userId,
      position: sql`(select coalesce(max(${liveUpdateAuthors.position}), -1) + 1 from ${liveUpdateAuthors} where ${liveUpdateAuthors.updateId} = ${updateId})`,
    })
    .onConflictDoNothing();
}

/** Publishes a draft, pins or unpins a key event, or removes an update from the stream. */
export async function changeUpdateState(viewer: Viewer, request: { updateId: number; action: UpdateStateAction }): Promise<LiveWrite<{ message: string }>> {
  assertCan(viewer, "live.draftUpdate");
  return staffTransaction(async (tx) => {
    const { update, story } = await loadUpdateForChange(tx, viewer, request.updateId);
    const wasPublished = update.status === "published";
    const version = update.version + 1;
    const now = new Date();
    if (request.action === "publish") {
      assertCan(viewer, "live.publishUpdate");
      assertPublishable(story);
      if (wasPublished) return { outcome: { message: ar.liveDesk.posted }, invalidate: [], announce: [] };
    }
    const change = {
      publish: { status: "published" as const, publishedAt: now, version },
      pin: { isKeyEvent: true, version },
      unpin: { isKeyEvent: false, version },
      remove: { status: "removed" as const, version },
    }[request.action];
    await tx.update(liveUpdates).set(change).where(eq(liveUpdates.id, update.id));
    const message = request.action === "remove" ? ar.liveDesk.removedDone : request.action === "publish" ? ar.liveDesk.posted : ar.liveDesk.saved;
    const visible = wasPublished || request.action === "publish";
    if (!visible) return { outcome: { message }, invalidate: [], announce: [] };
    const live: LiveMessage = request.action === "remove" ? { kind: "update-removed", updateId: update.id, version } : await updateMessage(tx, update.id);
    return { outcome: { message }, invalidate: pageTags(story), announce: await tell(tx, story, live) };
  });
}

/** Writers work on coverage under way; a story not yet covered is its editors' business. */
function mayOpenDesk(viewer: SignedInViewer, coverageStartedAt: Date | null): boolean {
  return coverageStartedAt !== null || roleCan(viewer.role, "live.cover");
}

/** The live desk's view of a story: its coverage, and every update not removed, drafts first, then newest first. */
export async function getLiveDesk(viewer: Viewer, articleId: string): Promise<{ headline: string; slug: string; isPublic: boolean; coverage: Coverage; updates: DeskUpdate[] } | null> {
  assertCan(viewer, "live.draftUpdate");
  const db = getDb();
  const [story] = await db
    .select({ headline: articles.headline, slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt, startedAt: articles.coverageStartedAt, endedAt: articles.coverageEndedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!story || !mayOpenDesk(viewer, story.startedAt)) return null;
  const rows = await db
    .select()
    .from(liveUpdates)
    .where(and(eq(liveUpdates.articleId, articleId), ne(liveUpdates.status, "removed")))
    .orderBy(desc(liveUpdates.status), desc(sql`coalesce(${liveUpdates.publishedAt}, ${liveUpdates.createdAt})`), desc(liveUpdates.id));
  const views = await toUpdateViews(db, rows);
  return {
    headline: story.headline,
    slug: story.slug,
    isPublic: story.status === "published" && wasEverPublic(story),
    coverage: { startedAt: story.startedAt?.toISOString() ?? null, endedAt: story.endedAt?.toISOString() ?? null },
    updates: views.map((view, index) => ({
      ...view,
      status: rows[index]!.status === "draft" ? "draft" : "published",
      mayChange: mayChange(viewer, rows[index]!),
    })),
  };
}

/** Marks the viewer as working on the coverage, and names the colleagues who are too. */
export async function liveDeskHeartbeat(viewer: Viewer, articleId: string): Promise<Person[]> {
  assertCan(viewer, "live.draftUpdate");
  const story = await loadStory(getDb(), articleId);
  if (!mayOpenDesk(viewer, story.coverageStartedAt)) throw new AuthorizationError("forbidden");
  await markPresent(viewer.id, articleId);
  return othersEditingNow(viewer.id, articleId);
}

/** Live coverage under way, newest first, for the desk: anyone who may post an update is welcome on it. */
export async function listOpenCoverage(viewer: Viewer): Promise<{ id: string; headline: string }[]> {
  assertCan(viewer, "live.draftUpdate");
  return getDb()
    .select({ id: articles.id, headline: articles.headline })
    .from(articles)
    .where(and(isNotNull(articles.coverageStartedAt), isNull(articles.coverageEndedAt), ne(articles.status, "archived")))
    .orderBy(desc(articles.coverageStartedAt));
}

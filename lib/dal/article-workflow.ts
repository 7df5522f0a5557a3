import "server-only";
import { reindexArticle } from "./internal/search-index";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles } from "@/db/schema/articles";
import { sections } from "@/db/schema/sections";
import { articleCorrections, articleEvents, type ArticleEventAction, type CorrectionType } from "@/db/schema/editorial";
import type { ArticleStatus } from "@/db/schema/enums";
import { formatDateTime } from "@/lib/arabic/dates";
import { isEmptyDocument } from "@/lib/article-document";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { storyCacheTags } from "@/lib/cache/tags";
import type { TransitionOutcome } from "@/lib/editorial/outcomes";
import { availableActions, canEditStory, canOpenStory, canTransition, transitions, type WorkflowAction } from "@/lib/editorial/workflow";
import { AuthorizationError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { storyChannel } from "@/lib/live/events";
import { articlePath } from "@/lib/routes";
import {
  conflictDetails,
  ensureBaselineRevision,
  loadSnapshot,
  loadStoryAccess,
  previewPublicSlug,
  recordRevision,
  sectionSlugs,
  settlePublicSlug,
  wasEverPublic,
  type Executor,
} from "./internal/article-content";
import { publicationHold } from "./internal/publication-holds";
import { forgetChannel } from "./live-events";
import type { WriteResult } from "./newsroom-articles";

// Moving a story through the workflow (lib/editorial/workflow.ts), and corrections to
// published stories. Every step is appended to article_events.

const eventFor: Record<WorkflowAction, ArticleEventAction> = {
  submit: "submitted",
  withdraw: "returned",
  return: "returned",
  publish: "published",
  schedule: "scheduled",
  unschedule: "unscheduled",
  unpublish: "unpublished",
  archive: "archived",
  unarchive: "unarchived",
};

export interface TransitionRequest {
  articleId: string;
  /** The content version the person saw: they publish what they read, not a later edit. */
  baseVersion: number;
  action: WorkflowAction;
  scheduledFor?: Date | null;
  /** The address the person was shown before confirming: it goes out at that one or not at all. */
  expectedSlug?: string;
  /** Why an editor returns a story: the writer reads it on the story. Required to return one. */
  note?: string;
}

/** What "publish now" would put where: shown to the editor to confirm. */
export interface PublicationPreview {
  headline: string;
  section: string;
  slug: string;
  path: string;
}

/**
 * The story as it would go out if published now: its headline, section and the address it would
 * settle on. Null when there is no such story; a refusal when the viewer may not publish it.
 */
export async function previewPublication(viewer: Viewer, articleId: string): Promise<PublicationPreview | null> {
  assertCan(viewer, transitions.publish.capability);
  const story = await loadStoryAccess(getDb(), viewer, articleId);
  if (!story) return null;
  if (!canOpenStory(viewer, story)) throw new AuthorizationError("forbidden");
  const [row] = await getDb()
    .select({ headline: articles.headline, section: sections.name })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId));
  // A story that already holds its address keeps it; anything else settles on one now.
  const slug = story.publishedAt ? story.slug : await previewPublicSlug(getDb(), story.id, story.slug);
  if (!row || !slug) return null;
  return { headline: row.headline, section: row.section, slug, path: articlePath(slug) };
}

export async function transitionArticle(viewer: Viewer, request: TransitionRequest, now = new Date()): Promise<WriteResult<TransitionOutcome>> {
  const transition = transitions[request.action];
  assertCan(viewer, transition.capability);
  const nothing = (outcome: TransitionOutcome) => ({ outcome, invalidate: [] });

  return staffTransaction(async (tx) => {
    const story = await loadStoryAccess(tx, viewer, request.articleId, true);
    if (!story) return nothing({ ok: false, kind: "refused", message: ar.editor.errors.storyMissing });
    if (!canOpenStory(viewer, story)) throw new AuthorizationError("forbidden");
    if (!transition.from.includes(story.status)) {
      return nothing({ ok: false, kind: "refused", message: ar.editor.errors.statusChanged(ar.editor.status[story.status]) });
    }
    if (!canTransition(viewer, request.action, story)) throw new AuthorizationError("forbidden");
    // Whoever sends a story on (to the desk, to readers) must have seen its latest text;
    // taking one down never waits for that.
    if (transition.needsBody && story.version !== request.baseVersion) {
      return nothing({ ok: false, kind: "conflict", ...(await conflictDetails(tx, story.id)) });
    }

    const snapshot = (await loadSnapshot(tx, story.id))!;
    if (transition.needsBody && isEmptyDocument(snapshot.body)) {
      return nothing({ ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { body: [ar.editor.errors.bodyRequired] } });
    }
    const note = request.note?.trim() ?? "";
    if (request.action === "return" && !note) {
      return nothing({ ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { note: [ar.editor.errors.returnNoteRequired] } });
    }
    let scheduledFor: Date | null = null;
    if (request.action === "schedule") {
      if (!request.scheduledFor) {
        return nothing({ ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { scheduledFor: [ar.editor.errors.scheduleRequired] } });
      }
      if (request.scheduledFor.getTime() <= now.getTime()) {
        return nothing({ ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { scheduledFor: [ar.editor.errors.scheduleInPast] } });
      }
      scheduledFor = request.scheduledFor;
    }

    if (request.action === "publish" || request.action === "schedule") {
      const held = await holdRefusal(tx, story.id, request.action === "schedule" ? scheduledFor : null, now);
      if (held) return nothing(held);
    }

    // Going out, a story that holds no address yet settles on one (drafts hold none).
    let slug = snapshot.slug;
    if ((request.action === "publish" || request.action === "schedule") && story.publishedAt === null) {
      const settled = await settlePublicSlug(tx, story.id, snapshot.slug);
      if (!settled) return nothing({ ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { slug: [ar.editor.errors.slugTaken] } });
      if (request.expectedSlug !== undefined && settled !== request.expectedSlug) {
        return nothing({ ok: false, kind: "refused", message: ar.editor.errors.slugMoved(articlePath(settled)) });
      }
      if (settled !== snapshot.slug) {
        slug = settled;
        const [renumbered] = await tx
          .update(articles)
          .set({ slug, version: sql`${articles.version} + 1`, modifiedAt: now, modifiedBy: viewer.id })
          .where(eq(articles.id, story.id))
          .returning({ version: articles.version });
        await ensureBaselineRevision(tx, story.id, story.version, snapshot, null);
        await recordRevision(tx, { articleId: story.id, version: renumbered!.version, snapshot: { ...snapshot, slug }, authorId: viewer.id, isAutosave: false });
      }
    }

    const to: ArticleStatus = transition.to;
    const dates =
      request.action === "publish"
        ? { publishedAt: now, scheduledFor: null }
        : request.action === "schedule"
          ? { publishedAt: scheduledFor, scheduledFor }
          : request.action === "unschedule"
            ? { publishedAt: null, scheduledFor: null }
            : {};
    const [updated] = await tx
      .update(articles)
      .set({ status: to, ...dates })
      .where(and(eq(articles.id, story.id), eq(articles.status, story.status)))
      .returning({ version: articles.version, publishedAt: articles.publishedAt, scheduledFor: articles.scheduledFor });

    await tx.insert(articleEvents).values({
      articleId: story.id,
      actorId: viewer.id,
      action: eventFor[request.action],
      fromStatus: story.status,
      toStatus: to,
      detail: scheduledFor ? { scheduledFor: scheduledFor.toISOString() } : request.action === "return" ? { note } : {},
    });

    await reindexArticle(tx, story.id);
    // A story taken down takes what its open pages were told with it.
    if (story.status === "published" && to !== "published") await forgetChannel(tx, storyChannel(story.id));
    // Readers are affected only when the story enters or leaves the published state.
    let invalidate: string[] = [];
    if (story.status === "published" || to === "published") {
      invalidate = storyCacheTags({ slugs: [slug], sectionSlugs: await sectionSlugs(tx, [snapshot.sectionId]) });
    }
    return {
      outcome: {
        ok: true,
        status: to,
        version: updated!.version,
        slug,
        publishedAt: updated!.publishedAt?.toISOString() ?? null,
        scheduledFor: updated!.scheduledFor?.toISOString() ?? null,
        message: ar.editor.transitionDone[request.action],
        whenLabel: updated!.publishedAt ? formatDateTime(updated!.publishedAt) : null,
        actions: availableActions(viewer, { status: to, isOwn: story.isOwn }),
        canEdit: canEditStory(viewer, { status: to, isOwn: story.isOwn }),
      },
      invalidate,
    };
  });
}

/** Why a story may not go out now, or at the time it is scheduled for: its agency withdrew it, or an embargo holds it. */
async function holdRefusal(tx: Executor, articleId: string, scheduledFor: Date | null, now: Date): Promise<TransitionOutcome | null> {
  const hold = await publicationHold(tx, articleId);
  if (hold.withdrawnByAgency) {
    const { status, note } = hold.withdrawnByAgency;
    return { ok: false, kind: "refused", message: status === "canceled" ? ar.wire.story.agencyWithdrew(note) : ar.wire.story.agencyWithheld(note) };
  }
  const until = hold.embargoedUntil;
  if (!until || until.getTime() <= (scheduledFor ?? now).getTime()) return null;
  const message = ar.wire.story.embargoed(formatDateTime(until));
  return scheduledFor ? { ok: false, kind: "invalid", message: ar.editor.errors.fixFields, fieldErrors: { scheduledFor: [message] } } : { ok: false, kind: "refused", message };
}

export interface CorrectionRequest {
  articleId: string;
  type: CorrectionType;
  note: string;
}

/**
 * Appends a correction, clarification or update to a story readers have seen. Only an
 * "update" moves the reader-visible updated time; the record itself is listed under the story.
 */
export async function addCorrection(viewer: Viewer, request: CorrectionRequest): Promise<WriteResult<{ ok: boolean; message: string }>> {
  assertCan(viewer, "article.correct");
  return staffTransaction(async (tx) => {
    const story = await loadStoryAccess(tx, viewer, request.articleId, true);
    if (!story) return { outcome: { ok: false, message: ar.editor.errors.storyMissing }, invalidate: [] };
    if (!wasEverPublic(story)) {
      return { outcome: { ok: false, message: ar.editor.errors.correctionNotPublished }, invalidate: [] };
    }
    const now = new Date();
    await tx.insert(articleCorrections).values({ articleId: story.id, type: request.type, note: request.note, createdBy: viewer.id, createdAt: now });
    if (request.type === "update") await tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, story.id));
    await tx.insert(articleEvents).values({ articleId: story.id, actorId: viewer.id, action: "corrected", detail: { type: request.type } });
    const invalidate =
      story.status === "published" ? storyCacheTags({ slugs: [story.slug], sectionSlugs: await sectionSlugs(tx, [story.sectionId]) }) : [];
    return { outcome: { ok: true, message: ar.editor.corrections.added }, invalidate };
  });
}

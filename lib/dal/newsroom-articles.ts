import "server-only";
import type { Person } from "@/lib/arabic/addressing";
import { reindexArticle } from "./internal/search-index";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles, tags } from "@/db/schema/articles";
import { articleCorrections, articleEvents, articleRevisions, type ArticleEventAction, type CorrectionType } from "@/db/schema/editorial";
import type { AddressForm, ArticleStatus } from "@/db/schema/enums";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import { roleCan } from "@/lib/permissions/permissions";
import { assertCan, type SignedInViewer, type Viewer } from "@/lib/permissions/viewer";
import { formatTime } from "@/lib/arabic/dates";
import { storyCacheTags } from "@/lib/cache/tags";
import type { SaveOutcome } from "@/lib/editorial/outcomes";
import { changedFields, type ArticleSnapshot } from "@/lib/editorial/snapshot";
import { availableActions, canEditStory, canOpenStory, type WorkflowAction } from "@/lib/editorial/workflow";
import { AuthorizationError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { articlePath } from "@/lib/routes";
import type { ArticleInput } from "@/lib/validation/articles";
import {
  conflictDetails,
  contentColumns,
  loadStoryAccess,
  wasEverPublic,
  type StoryRow,
  ensureBaselineRevision,
  loadSnapshot,
  recordRevision,
  resolveInput,
  retireSlug,
  sectionSlugs,
  writeRelations,
} from "./internal/article-content";
import { loadArticleDetail, type ArticleDetail } from "./public-articles";
import { openableStory } from "./internal/story-access";
import { othersEditingNow } from "./internal/presence";

// The newsroom's stories in the editor: reading one to edit, creating, saving and restoring it,
// and its preview (the desk, revisions and presence have modules of their own). Every
// function checks the viewer's capability, then the row (their own story? still editable?).

// ---------------------------------------------------------------------------------------
// The editor

export interface EditorOptions {
  sections: { id: number; name: string }[];
  authors: { id: string; name: string }[];
  tags: string[];
  mayCreateTags: boolean;
}

export async function getEditorOptions(viewer: Viewer): Promise<EditorOptions> {
  assertCan(viewer, "article.create");
  const [sectionRows, authorRows, tagRows] = await Promise.all([
    getDb().select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.id)),
    getDb()
      .select({ id: users.id, name: users.displayName })
      .from(users)
      .where(and(inArray(users.role, ["writer", "editor", "admin"]), eq(users.status, "active")))
      .orderBy(asc(users.displayName)),
    getDb().select({ name: tags.name }).from(tags).orderBy(asc(tags.name)).limit(1000),
  ]);
  return { sections: sectionRows, authors: authorRows, tags: tagRows.map((tag) => tag.name), mayCreateTags: roleCan(viewer.role, "taxonomy.manage") };
}

export interface EventRow {
  id: number;
  action: ArticleEventAction;
  actor: string | null;
  actorAddressedAs: AddressForm | null;
  createdAt: string;
  detail: Record<string, string | number | boolean | null>;
}

export interface CorrectionRow {
  id: number;
  type: CorrectionType;
  note: string;
  createdAt: string;
  createdBy: string | null;
}

export interface EditorArticle {
  id: string;
  version: number;
  status: ArticleStatus;
  content: ArticleSnapshot;
  publishedAt: string | null;
  scheduledFor: string | null;
  /** Nobody may publish it before this (the agency's embargo, or the desk's own). */
  embargoedUntil: string | null;
  updatedAt: string | null;
  modifiedAt: string;
  modifiedBy: string | null;
  canEdit: boolean;
  actions: WorkflowAction[];
  canCorrect: boolean;
  /** The public URL, while readers can see it. */
  publicPath: string | null;
  events: EventRow[];
  corrections: CorrectionRow[];
  othersEditing: Person[];
  /** Why an editor last sent the story back, while it has not moved on since. */
  returnNote: { by: string | null; note: string; at: string } | null;
}

export async function getArticleForEditing(viewer: Viewer, articleId: string): Promise<EditorArticle | null> {
  assertCan(viewer, "article.create");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  const modifier = alias(users, "modifier");
  const actor = alias(users, "actor");
  const [[row], content, events, corrections, othersEditing] = await Promise.all([
    getDb()
      .select({
        publishedAt: articles.publishedAt,
        scheduledFor: articles.scheduledFor,
        embargoedUntil: articles.embargoedUntil,
        updatedAt: articles.updatedAt,
        modifiedAt: articles.modifiedAt,
        modifiedBy: modifier.displayName,
      })
      .from(articles)
      .leftJoin(modifier, eq(modifier.id, articles.modifiedBy))
      .where(eq(articles.id, articleId)),
    loadSnapshot(getDb(), articleId),
    getDb()
      .select({ id: articleEvents.id, action: articleEvents.action, actor: actor.displayName, actorAddressedAs: actor.addressedAs, createdAt: articleEvents.createdAt, detail: articleEvents.detail })
      .from(articleEvents)
      .leftJoin(actor, eq(actor.id, articleEvents.actorId))
      .where(eq(articleEvents.articleId, articleId))
      .orderBy(desc(articleEvents.id))
      .limit(100),
    getDb()
      .select({ id: articleCorrections.id, type: articleCorrections.type, note: articleCorrections.note, createdAt: articleCorrections.createdAt, createdBy: actor.displayName })
      .from(articleCorrections)
      .leftJoin(actor, eq(actor.id, articleCorrections.createdBy))
      .where(eq(articleCorrections.articleId, articleId))
      .orderBy(asc(articleCorrections.id)),
    othersEditingNow(viewer.id, articleId),
  ]);
  const isLive = story.status === "published" && story.publishedAt !== null && story.publishedAt <= new Date();
  const [latest] = events;
  const returnNote =
    latest?.action === "returned" && typeof latest.detail.note === "string"
      ? { by: latest.actor, note: latest.detail.note, at: latest.createdAt.toISOString() }
      : null;
  return {
    id: story.id,
    version: story.version,
    status: story.status,
    content: content!,
    publishedAt: row!.publishedAt?.toISOString() ?? null,
    scheduledFor: row!.scheduledFor?.toISOString() ?? null,
    embargoedUntil: row!.embargoedUntil?.toISOString() ?? null,
    updatedAt: row!.updatedAt?.toISOString() ?? null,
    modifiedAt: row!.modifiedAt.toISOString(),
    modifiedBy: row!.modifiedBy,
    canEdit: canEditStory(viewer, story),
    actions: availableActions(viewer, story),
    canCorrect: roleCan(viewer.role, "article.correct") && wasEverPublic(story),
    publicPath: isLive ? articlePath(story.slug) : null,
    events: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
    corrections: corrections.map((correction) => ({ ...correction, createdAt: correction.createdAt.toISOString() })),
    othersEditing,
    returnNote,
  };
}

// ---------------------------------------------------------------------------------------
// Creating and saving

export interface WriteResult<Outcome> {
  outcome: Outcome;
  /** Cache tags the change made stale, for the action to expire at once. */
  invalidate: string[];
}

const refused = (message: string) => ({ ok: false as const, kind: "refused" as const, message });
const invalid = (fieldErrors: Record<string, string[]>) => ({ ok: false as const, kind: "invalid" as const, message: ar.editor.errors.fixFields, fieldErrors });

/** Where a story made from agency copy came from (lib/dal/wire-stories.ts). */
export interface StoryOrigin {
  wireItemId: string;
  wireVersion: number;
}

export async function createArticle(viewer: Viewer, input: ArticleInput, origin?: StoryOrigin): Promise<WriteResult<SaveOutcome>> {
  assertCan(viewer, "article.create");
  const mayCreateTags = roleCan(viewer.role, "taxonomy.manage");
  // Writers may byline colleagues, but a story they create must carry their own name.
  if (!roleCan(viewer.role, "article.editAny") && !input.authorIds.includes(viewer.id)) {
    return { outcome: invalid({ authorIds: [ar.editor.errors.ownByline] }), invalidate: [] };
  }
  return staffTransaction(async (tx) => {
    const resolved = await resolveInput(tx, input, { articleId: null, mayCreateTags });
    if ("fieldErrors" in resolved) return { outcome: invalid(resolved.fieldErrors), invalidate: [] };
    const { snapshot } = resolved;
    const [created] = await tx
      .insert(articles)
      .values({ ...contentColumns(snapshot), ...origin, status: "draft", createdBy: viewer.id, modifiedBy: viewer.id })
      .returning({ id: articles.id, version: articles.version, modifiedAt: articles.modifiedAt });
    await writeRelations(tx, created!.id, snapshot, mayCreateTags);
    await reindexArticle(tx, created!.id);
    await recordRevision(tx, { articleId: created!.id, version: created!.version, snapshot, authorId: viewer.id, isAutosave: false });
    await tx.insert(articleEvents).values({ articleId: created!.id, actorId: viewer.id, action: "created", toStatus: "draft" });
    return {
      outcome: {
        ok: true,
        articleId: created!.id,
        version: created!.version,
        slug: snapshot.slug,
        status: "draft",
        savedAt: created!.modifiedAt.toISOString(),
        savedAtLabel: formatTime(created!.modifiedAt),
        changed: true,
        actions: availableActions(viewer, { status: "draft", isOwn: true }),
        canEdit: true,
      },
      invalidate: [],
    };
  });
}

export interface SaveRequest {
  articleId: string;
  baseVersion: number;
  input: ArticleInput;
  /** Bumps the reader-visible "updated" time of a published story. */
  markAsUpdate: boolean;
  isAutosave: boolean;
}

export async function saveArticle(viewer: Viewer, request: SaveRequest): Promise<WriteResult<SaveOutcome>> {
  assertCan(viewer, "article.editOwn");
  return writeContent(viewer, request, null);
}

/**
 * The one path by which a story's content changes. It writes only if the story is still at
 * the version the editor started from (the row lock makes the check and the write one step),
 * and otherwise answers with who saved in between and their copy; nothing is overwritten unseen.
 */
async function writeContent(viewer: SignedInViewer, request: SaveRequest, restoredFromVersion: number | null): Promise<WriteResult<SaveOutcome>> {
  const mayCreateTags = roleCan(viewer.role, "taxonomy.manage");
  return staffTransaction(async (tx) => {
    const story = await loadStoryAccess(tx, viewer, request.articleId, true);
    if (!story) return { outcome: refused(ar.editor.errors.storyMissing), invalidate: [] };
    if (!canOpenStory(viewer, story)) throw new AuthorizationError("forbidden");
    if (!canEditStory(viewer, story)) return { outcome: refused(ar.editor.errors.notEditable), invalidate: [] };

    const resolved = await resolveInput(tx, request.input, { articleId: story.id, mayCreateTags });
    if ("fieldErrors" in resolved) return { outcome: invalid(resolved.fieldErrors), invalidate: [] };
    const current = (await loadSnapshot(tx, story.id))!;
    const next = { ...resolved.snapshot };
    // A slug that only followed the headline stays put once readers may have seen it.
    if (!request.input.slugEdited && wasEverPublic(story) && next.slug !== current.slug && restoredFromVersion === null) {
      next.slug = current.slug;
    }
    const changes = changedFields(current, next);

    if (story.version !== request.baseVersion) {
      // Someone saved in between. The same text twice is no conflict; anything else is.
      if (changes.length === 0) return { outcome: savedOutcome(viewer, story, current.slug, false, new Date()), invalidate: [] };
      return { outcome: { ok: false, kind: "conflict", ...(await conflictDetails(tx, story.id)) }, invalidate: [] };
    }
    if (changes.length === 0 && !request.markAsUpdate) {
      return { outcome: savedOutcome(viewer, story, current.slug, false, new Date()), invalidate: [] };
    }

    const isLive = story.status === "published";
    const now = new Date();
    const [updated] = await tx
      .update(articles)
      .set({
        ...contentColumns(next),
        version: sql`${articles.version} + 1`,
        modifiedAt: now,
        modifiedBy: viewer.id,
        ...(isLive && request.markAsUpdate ? { updatedAt: now } : {}),
      })
      .where(and(eq(articles.id, story.id), eq(articles.version, request.baseVersion)))
      .returning({ version: articles.version });
    if (!updated) return { outcome: { ok: false, kind: "conflict", ...(await conflictDetails(tx, story.id)) }, invalidate: [] };

    if (changes.includes("authorIds") || changes.includes("tags")) await writeRelations(tx, story.id, next, mayCreateTags);
    await reindexArticle(tx, story.id);
    await ensureBaselineRevision(tx, story.id, story.version, current, null);
    await recordRevision(tx, {
      articleId: story.id,
      version: updated.version,
      snapshot: next,
      authorId: viewer.id,
      isAutosave: request.isAutosave && restoredFromVersion === null,
      restoredFromVersion: restoredFromVersion ?? undefined,
    });

    const slugChanged = next.slug !== current.slug;
    if (slugChanged && wasEverPublic(story)) {
      await retireSlug(tx, story.id, current.slug, next.slug);
      await tx.insert(articleEvents).values({ articleId: story.id, actorId: viewer.id, action: "slug_changed", detail: { from: current.slug, to: next.slug } });
    }
    if (restoredFromVersion !== null) {
      await tx.insert(articleEvents).values({ articleId: story.id, actorId: viewer.id, action: "restored", detail: { version: restoredFromVersion } });
    }

    let invalidate: string[] = [];
    if (isLive) {
      invalidate = storyCacheTags({
        slugs: [current.slug, next.slug],
        sectionSlugs: await sectionSlugs(tx, [current.sectionId, next.sectionId]),
      });
    }
    return { outcome: savedOutcome(viewer, { ...story, version: updated.version }, next.slug, true, now), invalidate };
  });
}

function savedOutcome(viewer: SignedInViewer, story: StoryRow, slug: string, changed: boolean, at: Date): SaveOutcome {
  return {
    ok: true,
    articleId: story.id,
    version: story.version,
    slug,
    status: story.status,
    savedAt: at.toISOString(),
    savedAtLabel: formatTime(at),
    changed,
    actions: availableActions(viewer, story),
    canEdit: canEditStory(viewer, story),
  };
}

// ---------------------------------------------------------------------------------------
// Restoring a revision

/** Brings an older revision back as a new one; the story's live slug stays if another story took the old one. */
export async function restoreRevision(
  viewer: Viewer,
  request: { articleId: string; version: number; baseVersion: number },
): Promise<WriteResult<SaveOutcome>> {
  assertCan(viewer, "article.editOwn");
  if (!(await openableStory(viewer, request.articleId))) return { outcome: refused(ar.editor.errors.storyMissing), invalidate: [] };
  const [revision] = await getDb()
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, request.articleId), eq(articleRevisions.version, request.version)));
  if (!revision) return { outcome: refused(ar.editor.errors.revisionMissing), invalidate: [] };
  const snapshot = revision.snapshot;
  return writeContent(
    viewer,
    {
      articleId: request.articleId,
      baseVersion: request.baseVersion,
      input: { ...snapshot, slugEdited: true },
      markAsUpdate: false,
      isAutosave: false,
    },
    request.version,
  ).then(async (result) => {
    // The old slug may belong to another story by now: then restore everything but the slug.
    if (!result.outcome.ok && result.outcome.kind === "invalid" && result.outcome.fieldErrors?.slug) {
      const current = await loadSnapshot(getDb(), request.articleId);
      return writeContent(
        viewer,
        {
          articleId: request.articleId,
          baseVersion: request.baseVersion,
          input: { ...snapshot, slug: current?.slug ?? snapshot.slug, slugEdited: true },
          markAsUpdate: false,
          isAutosave: false,
        },
        request.version,
      );
    }
    return result;
  });
}

// ---------------------------------------------------------------------------------------
// Preview

/** The story exactly as readers will see it, whatever its status, only for staff who may edit it. */
export async function getArticlePreview(viewer: Viewer, articleId: string): Promise<(ArticleDetail & { status: ArticleStatus }) | null> {
  assertCan(viewer, "article.create");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  if (!canEditStory(viewer, story) && !roleCan(viewer.role, "article.editAny")) throw new AuthorizationError("forbidden");
  const detail = await loadArticleDetail({ anyStatusId: articleId });
  if (!detail) return null;
  // A story not yet dated shows the time it would carry if it went out now.
  const publishedAt = story.publishedAt ? detail.publishedAt : new Date().toISOString();
  return { ...detail, publishedAt, status: story.status };
}


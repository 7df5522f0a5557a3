import "server-only";
import { and, desc, eq, isNotNull, ne, not, or, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { staffTransaction } from "@/db/staff-transaction";
import { articles } from "@/db/schema/articles";
import { articleCorrections, articleEvents } from "@/db/schema/editorial";
import type { ArticleStatus } from "@/db/schema/enums";
import { wireItems, wireItemVersions, wireSources, type StoredWireItem } from "@/db/schema/wire";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import type { SaveOutcome } from "@/lib/editorial/outcomes";
import { blankDraft } from "@/lib/editorial/save-session";
import { canEditStory } from "@/lib/editorial/workflow";
import { AuthorizationError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { storyChannel } from "@/lib/live/events";
import { roleCan } from "@/lib/permissions/permissions";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import { storyCacheTags } from "@/lib/cache/tags";
import { articleInputSchema } from "@/lib/validation/articles";
import type { WirePubStatus } from "@/lib/wire/wire-item";
import { wireDateline, withoutLeadingDateline } from "@/lib/wire/dateline";
import { ownedBy, sectionSlugs } from "./internal/article-content";
import { openableStory } from "./internal/story-access";
import { isWithdrawn } from "./internal/withdrawal";
import { reindexArticle } from "./internal/search-index";
import { forgetChannel } from "./live-events";
import { createArticle, type WriteResult } from "./newsroom-articles";

// Stories made from agency items: "use as draft", the flags a later version or a kill raise on
// them, the one action that takes a killed story down with a notice readers see, and embargoes.

type ActionOutcome = { ok: true; message: string } | { ok: false; message: string };
const done = (message: string, invalidate: string[] = []): WriteResult<ActionOutcome> => ({ outcome: { ok: true, message }, invalidate });
const refusedWith = (message: string): WriteResult<ActionOutcome> => ({ outcome: { ok: false, message }, invalidate: [] });

/** A draft prefilled from the item's latest version, crediting the agency; the item counts as used from then on. */
export async function createStoryFromWire(viewer: Viewer, request: { itemId: string; sectionId: number }): Promise<WriteResult<SaveOutcome>> {
  assertCan(viewer, "wire.read");
  assertCan(viewer, "article.create");
  const [item] = await getDb()
    .select({
      version: wireItems.version,
      pubStatus: wireItems.pubStatus,
      headline: wireItems.headline,
      located: wireItems.located,
      body: wireItems.body,
      language: wireItems.language,
      attribution: wireSources.attribution,
    })
    .from(wireItems)
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(eq(wireItems.id, request.itemId));
  if (!item) return { outcome: { ok: false, kind: "refused", message: ar.wire.errors.itemMissing }, invalidate: [] };
  if (item.pubStatus !== "usable") return { outcome: { ok: false, kind: "refused", message: ar.wire.errors.itemWithdrawn }, invalidate: [] };
  const dateline = wireDateline(item.located, item.attribution).slice(0, ARTICLE_LIMITS.dateline);
  const parsed = articleInputSchema.safeParse({
    ...blankDraft(request.sectionId, [viewer.id]),
    headline: item.headline.slice(0, ARTICLE_LIMITS.headline),
    dateline,
    source: item.attribution.slice(0, ARTICLE_LIMITS.source),
    body: withoutLeadingDateline(item.body, dateline),
  });
  if (!parsed.success) return { outcome: { ok: false, kind: "refused", message: ar.wire.errors.notUsable }, invalidate: [] };
  // The item's embargo holds the story through the link (publication-holds.ts), and moves when the agency moves it.
  return createArticle(viewer, parsed.data, { wireItemId: request.itemId, wireVersion: item.version });
}

/** What the editor shows of a story's agency item: a later version to read, or a kill to act on. */
export interface StoryWireState {
  itemId: string;
  agency: string;
  pubStatus: WirePubStatus;
  editorNote: string;
  takenVersion: number;
  latestVersion: number;
  taken: StoredWireItem | null;
  latest: StoredWireItem;
  embargoedUntil: string | null;
  /** The desk has taken the story down (withdrawStory) and not put it back since. */
  withdrawn: boolean;
}

export async function getStoryWireState(viewer: Viewer, articleId: string): Promise<StoryWireState | null> {
  assertCan(viewer, "wire.read");
  const story = await openableStory(viewer, articleId);
  if (!story) return null;
  const [row] = await getDb()
    .select({
      itemId: wireItems.id,
      agency: wireSources.name,
      pubStatus: wireItems.pubStatus,
      editorNote: wireItems.editorNote,
      latestVersion: wireItems.version,
      takenVersion: articles.wireVersion,
      embargoedUntil: articles.embargoedUntil,
      withdrawn: isWithdrawn,
    })
    .from(articles)
    .innerJoin(wireItems, eq(wireItems.id, articles.wireItemId))
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(eq(articles.id, articleId));
  if (!row) return null;
  const takenVersion = row.takenVersion ?? row.latestVersion;
  const versions = await getDb()
    .select({ version: wireItemVersions.version, content: wireItemVersions.content })
    .from(wireItemVersions)
    .where(and(eq(wireItemVersions.itemId, row.itemId), or(eq(wireItemVersions.version, takenVersion), eq(wireItemVersions.version, row.latestVersion))));
  const content = (version: number) => versions.find((entry) => entry.version === version)?.content ?? null;
  return { ...row, takenVersion, taken: content(takenVersion), latest: content(row.latestVersion)!, embargoedUntil: row.embargoedUntil?.toISOString() ?? null };
}

/**
 * The desk has read the agency's version `seenVersion`: the story stops being flagged for it, and
 * for what came before, but not for a version that arrived while the person was reading.
 */
export async function acknowledgeWireUpdate(viewer: Viewer, articleId: string, seenVersion: number): Promise<WriteResult<ActionOutcome>> {
  assertCan(viewer, "wire.read");
  return staffTransaction(async (tx) => {
    const story = await openableStory(viewer, articleId, tx);
    if (!story) return refusedWith(ar.editor.errors.storyMissing);
    const latest = sql`(select ${wireItems.version} from ${wireItems} where ${wireItems.id} = ${articles.wireItemId})`;
    const [updated] = await tx
      .update(articles)
      .set({ wireVersion: sql`greatest(coalesce(${articles.wireVersion}, 0), least(${seenVersion}::int, ${latest}))` })
      .where(and(eq(articles.id, articleId), isNotNull(articles.wireItemId)))
      .returning({ wireVersion: articles.wireVersion });
    if (!updated) return refusedWith(ar.wire.errors.notFromWire);
    await tx.insert(articleEvents).values({ articleId, actorId: viewer.id, action: "wire_update_seen", detail: { version: updated.wireVersion } });
    return done(ar.wire.story.updateSeen);
  });
}

/**
 * Takes a published story down because its agency withdrew the item (or the desk must): the
 * story leaves every public list, and its address tells readers it was withdrawn and why.
 */
export async function withdrawStory(viewer: Viewer, request: { articleId: string; note: string }): Promise<WriteResult<ActionOutcome>> {
  assertCan(viewer, "article.unpublish");
  assertCan(viewer, "article.correct");
  return staffTransaction(async (tx) => {
    const story = await openableStory(viewer, request.articleId, tx, true);
    if (!story) return refusedWith(ar.editor.errors.storyMissing);
    if (story.status !== "published") return refusedWith(ar.wire.errors.notPublished);
    const now = new Date();
    const [{ headline }] = (await tx.update(articles).set({ status: "draft" }).where(eq(articles.id, story.id)).returning({ headline: articles.headline })) as [{ headline: string }];
    await tx.insert(articleCorrections).values({ articleId: story.id, type: "withdrawal", note: request.note, createdBy: viewer.id, createdAt: now });
    await tx.insert(articleEvents).values({ articleId: story.id, actorId: viewer.id, action: "withdrawn", fromStatus: "published", toStatus: "draft", detail: { note: request.note, headline } });
    await reindexArticle(tx, story.id);
    await forgetChannel(tx, storyChannel(story.id));
    return done(ar.wire.story.withdrawn, storyCacheTags({ slugs: [story.slug], sectionSlugs: await sectionSlugs(tx, [story.sectionId]) }));
  });
}

/** Sets or lifts the desk's own embargo on a story that has not gone out; an agency's embargo stays whatever this says. */
export async function setStoryEmbargo(viewer: Viewer, request: { articleId: string; until: Date | null }): Promise<WriteResult<ActionOutcome>> {
  assertCan(viewer, "article.editOwn");
  return staffTransaction(async (tx) => {
    const story = await openableStory(viewer, request.articleId, tx, true);
    if (!story) return refusedWith(ar.editor.errors.storyMissing);
    if (!canEditStory(viewer, story)) throw new AuthorizationError("forbidden");
    if (story.status === "published") return refusedWith(ar.wire.errors.alreadyOut);
    // A scheduled story goes out at its time (publishedAt): an embargo past it would hold it silently.
    if (story.status === "scheduled" && request.until && story.publishedAt && request.until > story.publishedAt) {
      return refusedWith(ar.wire.errors.scheduledBeforeEmbargo);
    }
    await tx.update(articles).set({ embargoedUntil: request.until }).where(eq(articles.id, story.id));
    await tx.insert(articleEvents).values({ articleId: story.id, actorId: viewer.id, action: "embargo_changed", detail: { until: request.until?.toISOString() ?? null } });
    return done(request.until ? ar.wire.story.embargoSet : ar.wire.story.embargoLifted);
  });
}

/** A story the desk must look at because of its agency: a later version not yet read, or a kill. */
export interface FlaggedStory {
  id: string;
  headline: string;
  status: ArticleStatus;
  agency: string;
  reason: "updated" | "withdrawn";
  editorNote: string;
}

export async function listWireFlaggedStories(viewer: Viewer): Promise<FlaggedStory[]> {
  assertCan(viewer, "wire.read");
  const mine = roleCan(viewer.role, "article.editAny") ? sql`true` : ownedBy(viewer.id);
  const rows = await getDb()
    .select({
      id: articles.id,
      headline: articles.headline,
      status: articles.status,
      agency: wireSources.name,
      pubStatus: wireItems.pubStatus,
      editorNote: wireItems.editorNote,
    })
    .from(articles)
    .innerJoin(wireItems, eq(wireItems.id, articles.wireItemId))
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(
      and(
        ne(articles.status, "archived"),
        mine,
        // A kill matters until the story is withdrawn or archived; an update until someone has read it.
        or(
          and(ne(wireItems.pubStatus, "usable"), not(isWithdrawn)),
          and(eq(wireItems.pubStatus, "usable"), sql`${wireItems.version} > coalesce(${articles.wireVersion}, 0)`),
        ),
      ),
    )
    .orderBy(desc(wireItems.lastReceivedAt))
    .limit(50);
  return rows.map(({ pubStatus, ...row }) => ({ ...row, reason: pubStatus === "usable" ? "updated" : "withdrawn" }));
}

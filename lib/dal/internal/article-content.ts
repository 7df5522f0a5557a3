import "server-only";
import type { Person } from "@/lib/arabic/addressing";
import { and, asc, eq, exists, inArray, isNotNull, ne, or, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/db";
import { articleAuthors, articles, articleSlugHistory, articleTags, tags } from "@/db/schema/articles";
import { articleRevisions } from "@/db/schema/editorial";
import { images } from "@/db/schema/media";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import { formatTime } from "@/lib/arabic/dates";
import { slugify } from "@/lib/arabic/slugify";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import type { ArticleBlock, ArticleDocument } from "@/lib/article-document";
import type { ArticleStatus } from "@/db/schema/enums";
import type { ConflictDetails } from "@/lib/editorial/outcomes";
import { settleSlug, slugCandidates } from "@/lib/editorial/public-slug";
import type { ArticleSnapshot } from "@/lib/editorial/snapshot";
import type { StoryAccess } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/ar";
import type { ArticleInput } from "@/lib/validation/articles";
import { coverColumns, coverJoin, coverOf } from "./cover";

// Reading and writing a story's content inside a transaction: the building blocks of
// lib/dal/newsroom-articles.ts. Nothing here checks who is acting; its callers do.

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Tx;

const t = ar.editor.errors;
export type FieldErrors = Record<string, string[]>;

/** The story's content as it stands, in the shape revisions keep. */
export async function loadSnapshot(db: Executor, articleId: string): Promise<ArticleSnapshot | null> {
  const [row] = await db
    .select({
      kicker: articles.kicker,
      headline: articles.headline,
      dek: articles.dek,
      dateline: articles.dateline,
      source: articles.source,
      body: articles.body,
      sectionId: articles.sectionId,
      slug: articles.slug,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentMode: articles.commentMode,
      isBreaking: articles.isBreaking,
      ...coverColumns,
    })
    .from(articles)
    .leftJoin(...coverJoin)
    .where(eq(articles.id, articleId));
  if (!row) return null;
  const [authorRows, tagRows] = await Promise.all([
    db
      .select({ id: articleAuthors.userId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, articleId))
      .orderBy(asc(tags.name)),
  ]);
  const { coverImageId, coverWidth, coverHeight, coverAlt, coverCaption, coverCredit, ...fields } = row;
  return {
    ...fields,
    tags: tagRows.map((tag) => tag.name),
    authorIds: authorRows.map((author) => author.id),
    cover: coverOf({ coverImageId, coverWidth, coverHeight, coverAlt, coverCaption, coverCredit }),
  };
}

function mapImages(blocks: ArticleBlock[], sizes: ImageSizes): ArticleBlock[] {
  return blocks.map((block) => {
    if (block.type === "image") {
      const size = sizes.get(block.attrs.imageId);
      return size ? { ...block, attrs: { ...block.attrs, ...size } } : block;
    }
    if (block.type === "blockquote") return { ...block, content: mapImages(block.content, sizes) };
    if (block.type === "bulletList" || block.type === "orderedList") {
      return { ...block, content: block.content.map((item) => ({ ...item, content: mapImages(item.content, sizes) })) };
    }
    return block;
  });
}

function imageIdsOf(blocks: ArticleBlock[]): string[] {
  return blocks.flatMap((block) =>
    block.type === "image"
      ? [block.attrs.imageId]
      : block.type === "blockquote"
        ? imageIdsOf(block.content)
        : block.type === "bulletList" || block.type === "orderedList"
          ? block.content.flatMap((item) => imageIdsOf(item.content))
          : [],
  );
}

type ImageSizes = Map<string, { width: number; height: number }>;

async function storedImageSizes(db: Executor, ids: string[]): Promise<ImageSizes> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: images.id, width: images.width, height: images.height }).from(images).where(inArray(images.id, unique));
  return new Map(rows.map((image) => [image.id, { width: image.width, height: image.height }]));
}

/** The document with each image's size as stored, or null when one of its images is not in the library. */
export async function withStoredImageSizes(db: Executor, document: ArticleDocument): Promise<ArticleDocument | null> {
  const ids = imageIdsOf(document.content);
  const sizes = await storedImageSizes(db, ids);
  return ids.every((id) => sizes.has(id)) ? { ...document, content: mapImages(document.content, sizes) } : null;
}

export interface ResolveOptions {
  articleId: string | null;
  mayCreateTags: boolean;
}

/**
 * Checks what the input refers to (section, staff authors, images, tags, slug) and returns
 * the snapshot to store, with image sizes taken from the database and a free slug.
 */
export async function resolveInput(
  db: Executor,
  input: ArticleInput,
  options: ResolveOptions,
): Promise<{ snapshot: ArticleSnapshot } | { fieldErrors: FieldErrors }> {
  const fieldErrors: FieldErrors = {};

  const [section] = await db.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId));
  if (!section) fieldErrors.sectionId = [t.sectionRequired];

  const staff = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, input.authorIds), inArray(users.role, ["writer", "editor", "admin"]), eq(users.status, "active")));
  if (staff.length !== input.authorIds.length) fieldErrors.authorIds = [t.authorsNotStaff];

  const sizes = await storedImageSizes(db, [...imageIdsOf(input.body.content), ...(input.cover ? [input.cover.imageId] : [])]);
  if (input.cover && !sizes.has(input.cover.imageId)) fieldErrors.cover = [t.imageMissing];
  if (imageIdsOf(input.body.content).some((id) => !sizes.has(id))) fieldErrors.body = [t.imageMissing];

  if (input.tags.length > 0 && !options.mayCreateTags) {
    const known = new Set((await db.select({ name: tags.name }).from(tags).where(inArray(tags.name, input.tags))).map((tag) => tag.name));
    const unknown = input.tags.filter((name) => !known.has(name));
    if (unknown.length > 0) fieldErrors.tags = [t.tagNotAllowed(unknown.join("، "))];
  }

  const slug = await freeSlug(db, input.slug, options.articleId, input.slugEdited);
  if (!slug) fieldErrors.slug = [t.slugTaken];

  if (Object.keys(fieldErrors).length > 0) return { fieldErrors };
  const body: ArticleDocument = { ...input.body, content: mapImages(input.body.content, sizes) };
  return {
    snapshot: {
      kicker: input.kicker,
      headline: input.headline,
      dek: input.dek,
      dateline: input.dateline,
      source: input.source,
      body,
      sectionId: input.sectionId,
      tags: [...input.tags].sort(),
      authorIds: input.authorIds,
      cover: input.cover ? { ...input.cover, ...sizes.get(input.cover.imageId)! } : null,
      slug: slug!,
      seoTitle: input.seoTitle,
      seoDescription: input.seoDescription,
      commentMode: input.commentMode,
      isBreaking: input.isBreaking,
    },
  };
}

/**
 * Of `candidates`, the slugs other stories hold: those published or scheduled, now or once
 * (`published_at` is set exactly then; a unique index keeps them apart), and old addresses
 * that still redirect to another story. Drafts hold none (lib/editorial/public-slug.ts).
 */
async function heldSlugs(db: Executor, candidates: string[], articleId: string | null): Promise<Set<string>> {
  const notThis = (column: typeof articles.id | typeof articleSlugHistory.articleId) => (articleId ? ne(column, articleId) : undefined);
  const live = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(inArray(articles.slug, candidates), isNotNull(articles.publishedAt), notThis(articles.id)));
  const retired = await db
    .select({ slug: articleSlugHistory.slug })
    .from(articleSlugHistory)
    .where(and(inArray(articleSlugHistory.slug, candidates), notThis(articleSlugHistory.articleId)));
  return new Set([...live, ...retired].map((row) => row.slug));
}

/** The slug to store: the one asked for if no other story holds it; a numbered one when it only follows the headline. */
async function freeSlug(db: Executor, slug: string, articleId: string | null, edited: boolean): Promise<string | null> {
  const held = await heldSlugs(db, edited ? [slug] : slugCandidates(slug), articleId);
  if (!held.has(slug)) return slug;
  return edited ? null : settleSlug(slug, held);
}

const PUBLIC_SLUG_LOCK = 7_104_202_601;

/**
 * The address a story going out (published or scheduled) takes: the one it asks for, or the
 * first numbered one no other story holds. Inside the transaction that sets `published_at`, and
 * under a lock, so that two stories going out at once cannot settle on the same address.
 */
export async function settlePublicSlug(db: Executor, articleId: string, wanted: string): Promise<string | null> {
  await db.execute(sql`select pg_advisory_xact_lock(${PUBLIC_SLUG_LOCK})`);
  return previewPublicSlug(db, articleId, wanted);
}

/** What going out would settle on now, without holding anything: shown before an editor confirms. */
export async function previewPublicSlug(db: Executor, articleId: string, wanted: string): Promise<string | null> {
  return settleSlug(wanted, await heldSlugs(db, slugCandidates(wanted), articleId));
}

/** Links the story to its bylines and tags, replacing what it had. */
export async function writeRelations(db: Executor, articleId: string, snapshot: ArticleSnapshot, mayCreateTags: boolean) {
  await db.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await db.insert(articleAuthors).values(snapshot.authorIds.map((userId, position) => ({ articleId, userId, position })));

  await db.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (snapshot.tags.length === 0) return;
  if (mayCreateTags) {
    await db
      .insert(tags)
      .values(snapshot.tags.map((name) => ({ name, slug: slugify(name) || `tag-${crypto.randomUUID().slice(0, 8)}` })))
      .onConflictDoNothing();
  }
  const byName = await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.name, snapshot.tags));
  // A new name whose slug an existing tag already has ("سوريا" and "سوريا!") joins that tag.
  const unmatched = snapshot.tags.filter((name) => !byName.some((tag) => tag.name === name));
  const bySlug =
    unmatched.length === 0 ? [] : await db.select({ id: tags.id }).from(tags).where(inArray(tags.slug, unmatched.map((name) => slugify(name))));
  const ids = [...new Set([...byName, ...bySlug].map((tag) => tag.id))];
  if (ids.length > 0) await db.insert(articleTags).values(ids.map((tagId) => ({ articleId, tagId }))).onConflictDoNothing();
}

/** The columns of `articles` that a snapshot sets. */
export function contentColumns(snapshot: ArticleSnapshot) {
  return {
    kicker: snapshot.kicker,
    headline: snapshot.headline,
    dek: snapshot.dek,
    dateline: snapshot.dateline,
    source: snapshot.source,
    body: snapshot.body,
    sectionId: snapshot.sectionId,
    slug: snapshot.slug,
    seoTitle: snapshot.seoTitle,
    seoDescription: snapshot.seoDescription,
    commentMode: snapshot.commentMode,
    isBreaking: snapshot.isBreaking,
    coverImageId: snapshot.cover?.imageId ?? null,
    coverAlt: snapshot.cover?.alt ?? "",
    coverCaption: snapshot.cover?.caption ?? "",
    coverCredit: snapshot.cover?.credit ?? "",
  };
}

/** Keeps the old URL of a story that readers may have seen answering with a redirect to the new one. */
export async function retireSlug(db: Executor, articleId: string, oldSlug: string, newSlug: string) {
  await db.delete(articleSlugHistory).where(and(eq(articleSlugHistory.slug, newSlug), eq(articleSlugHistory.articleId, articleId)));
  await db
    .insert(articleSlugHistory)
    .values({ slug: oldSlug, articleId })
    .onConflictDoUpdate({ target: articleSlugHistory.slug, set: { articleId, retiredAt: sql`now()` } });
}

export async function sectionSlugs(db: Executor, sectionIds: number[]): Promise<string[]> {
  const rows = await db.select({ slug: sections.slug }).from(sections).where(inArray(sections.id, [...new Set(sectionIds)]));
  return rows.map((row) => row.slug);
}

const AUTOSAVE_SITTING_MS = 10 * 60 * 1000;

/**
 * Records the revision for `version`. Consecutive autosaves by one person within ten minutes
 * fold into their latest revision (which then carries the newest version); an explicit save,
 * a restore or another person always starts a new one.
 */
export async function recordRevision(
  db: Executor,
  revision: { articleId: string; version: number; snapshot: ArticleSnapshot; authorId: string | null; isAutosave: boolean; restoredFromVersion?: number },
) {
  if (revision.isAutosave) {
    const [latest] = await db
      .select({ id: articleRevisions.id, authorId: articleRevisions.authorId, isAutosave: articleRevisions.isAutosave, createdAt: articleRevisions.createdAt, version: articleRevisions.version })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, revision.articleId))
      .orderBy(sql`${articleRevisions.version} desc`)
      .limit(1);
    if (
      latest &&
      latest.isAutosave &&
      latest.authorId === revision.authorId &&
      latest.version === revision.version - 1 &&
      Date.now() - latest.createdAt.getTime() < AUTOSAVE_SITTING_MS
    ) {
      await db
        .update(articleRevisions)
        .set({ version: revision.version, snapshot: revision.snapshot })
        .where(eq(articleRevisions.id, latest.id));
      return;
    }
  }
  await db.insert(articleRevisions).values({
    articleId: revision.articleId,
    version: revision.version,
    snapshot: revision.snapshot,
    authorId: revision.authorId,
    isAutosave: revision.isAutosave,
    restoredFromVersion: revision.restoredFromVersion ?? null,
  });
}

/** Stories created before revisions existed (the seed) get their current text as the first revision. */
export async function ensureBaselineRevision(db: Executor, articleId: string, version: number, snapshot: ArticleSnapshot, authorId: string | null) {
  await db
    .insert(articleRevisions)
    .values({ articleId, version, snapshot, authorId, isAutosave: false })
    .onConflictDoNothing();
}

// ---------------------------------------------------------------------------------------
// Access and conflicts

export interface StoryRow extends StoryAccess {
  id: string;
  version: number;
  slug: string;
  sectionId: number;
  publishedAt: Date | null;
}

/** The viewer created the story or is one of its bylines. */
export function ownedBy(viewerId: string): SQL {
  return or(
    eq(articles.createdBy, viewerId),
    exists(
      getDb()
        .select({ one: sql`1` })
        .from(articleAuthors)
        .where(and(eq(articleAuthors.articleId, articles.id), eq(articleAuthors.userId, viewerId))),
    ),
  )!;
}

export async function loadStoryAccess(db: Executor, viewer: SignedInViewer, articleId: string, lock = false): Promise<StoryRow | null> {
  const query = db
    .select({
      id: articles.id,
      status: articles.status,
      version: articles.version,
      slug: articles.slug,
      sectionId: articles.sectionId,
      publishedAt: articles.publishedAt,
      isOwn: sql<boolean>`${ownedBy(viewer.id)}`,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  const [row] = lock ? await query.for("update", { of: articles }) : await query;
  return row ?? null;
}

/** Readers may have seen this story at its current slug. */
export function wasEverPublic(story: { status: ArticleStatus; publishedAt: Date | null }): boolean {
  return story.publishedAt !== null && story.status !== "scheduled" && story.publishedAt <= new Date();
}

async function personOf(db: Executor, userId: string | null): Promise<Person> {
  const [row] = userId ? await db.select({ name: users.displayName, addressedAs: users.addressedAs }).from(users).where(eq(users.id, userId)) : [];
  return row ?? { name: ar.editor.someoneElse, addressedAs: "masculine" };
}

/** What a refused stale save tells the person: who saved in between, when, and what they saved. */
export async function conflictDetails(db: Executor, articleId: string): Promise<ConflictDetails & { message: string }> {
  const [row] = await db
    .select({ version: articles.version, status: articles.status, modifiedBy: articles.modifiedBy, modifiedAt: articles.modifiedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  const by = await personOf(db, row!.modifiedBy);
  const content = (await loadSnapshot(db, articleId))!;
  return {
    by: by.name,
    at: row!.modifiedAt.toISOString(),
    message: ar.editor.conflict(by, formatTime(row!.modifiedAt)),
    server: { version: row!.version, status: row!.status, content },
  };
}


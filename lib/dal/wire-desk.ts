import "server-only";
import { and, count, desc, eq, gte, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { wireItems, wireItemVersions, wireRejections, wireSources, type StoredWireItem, type WireChannel } from "@/db/schema/wire";
import type { ArticleStatus } from "@/db/schema/enums";
import { roleCan } from "@/lib/permissions/permissions";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import type { WireQueueFilters } from "@/lib/validation/wire";
import type { WirePubStatus } from "@/lib/wire/wire-item";
import { URGENT_AT_MOST } from "@/lib/wire/urgency";
import { ownedBy } from "./internal/article-content";

// The wire queue as the desk reads it: agency items newest first, filtered, and one item with
// every version it came in and the stories made from it.

export const WIRE_PAGE_SIZE = 40;

export interface WireQueueItem {
  id: string;
  agency: string;
  headline: string;
  urgency: number | null;
  language: string;
  located: string;
  subjects: string[];
  version: number;
  pubStatus: WirePubStatus;
  versionCreated: string;
  embargoedUntil: string | null;
  stories: number;
}

export interface WireQueuePage {
  items: WireQueueItem[];
  /** The cursor for the next, older page; null on the last. */
  olderThan: string | null;
}

const queueColumns = {
  id: wireItems.id,
  agency: wireSources.name,
  headline: wireItems.headline,
  urgency: wireItems.urgency,
  language: wireItems.language,
  located: wireItems.located,
  subjects: wireItems.subjects,
  version: wireItems.version,
  pubStatus: wireItems.pubStatus,
  versionCreated: wireItems.versionCreated,
  embargoedUntil: wireItems.embargoedUntil,
  stories: sql<number>`(select count(*)::int from ${articles} where ${articles.wireItemId} = ${wireItems.id})`,
};

type QueueRow = { [K in keyof typeof queueColumns]: unknown } & { versionCreated: Date; embargoedUntil: Date | null };
const toQueueItem = (row: QueueRow): WireQueueItem => ({
  ...(row as unknown as WireQueueItem),
  versionCreated: row.versionCreated.toISOString(),
  embargoedUntil: row.embargoedUntil?.toISOString() ?? null,
});

function queueConditions(filters: WireQueueFilters, now: Date): SQL[] {
  const conditions: SQL[] = [];
  if (filters.agency) conditions.push(eq(wireSources.slug, filters.agency));
  if (filters.urgency === "urgent") conditions.push(lte(wireItems.urgency, URGENT_AT_MOST));
  if (filters.language) conditions.push(eq(wireItems.language, filters.language));
  if (filters.subject) conditions.push(sql`${filters.subject} = any(${wireItems.subjects})`);
  if (filters.hours) conditions.push(gte(wireItems.versionCreated, new Date(now.getTime() - filters.hours * 3_600_000)));
  return conditions;
}

export async function listWireQueue(viewer: Viewer, filters: WireQueueFilters, now = new Date()): Promise<WireQueuePage> {
  assertCan(viewer, "wire.read");
  const conditions = queueConditions(filters, now);
  if (filters.olderThan) {
    const [at, id] = filters.olderThan;
    conditions.push(or(lt(wireItems.versionCreated, at), and(eq(wireItems.versionCreated, at), sql`${wireItems.id} > ${id}`))!);
  }
  const rows = await getDb()
    .select(queueColumns)
    .from(wireItems)
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(and(...conditions))
    .orderBy(desc(wireItems.versionCreated), wireItems.id)
    .limit(WIRE_PAGE_SIZE + 1);
  const items = rows.slice(0, WIRE_PAGE_SIZE).map(toQueueItem);
  const last = items.at(-1);
  return { items, olderThan: rows.length > WIRE_PAGE_SIZE && last ? `${last.versionCreated}_${last.id}` : null };
}

/** Urgent items of the last hours, for the top of the desk. */
export async function listUrgentWire(viewer: Viewer, now = new Date(), hours = 6): Promise<WireQueueItem[]> {
  assertCan(viewer, "wire.read");
  const rows = await getDb()
    .select(queueColumns)
    .from(wireItems)
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(and(...queueConditions({ urgency: "urgent", hours }, now), eq(wireItems.pubStatus, "usable")))
    .orderBy(desc(wireItems.versionCreated))
    .limit(5);
  return rows.map(toQueueItem);
}

export interface WireFilterOptions {
  agencies: { slug: string; name: string }[];
  languages: string[];
  subjects: string[];
}

export async function getWireFilterOptions(viewer: Viewer): Promise<WireFilterOptions> {
  assertCan(viewer, "wire.read");
  // The options come from the latest items, so the queue's page never reads the whole table. The
  // query builder rather than execute(): postgres.js answers execute() with an array, PGlite with { rows }.
  const recentLanguages = getDb().select({ language: wireItems.language }).from(wireItems).orderBy(desc(wireItems.versionCreated)).limit(5000).as("recent_languages");
  const recent = getDb()
    .select({ subject: sql<string>`unnest(${wireItems.subjects})`.as("subject") })
    .from(wireItems)
    .orderBy(desc(wireItems.versionCreated))
    .limit(5000)
    .as("recent");
  const [agencies, languages, subjects] = await Promise.all([
    getDb().select({ slug: wireSources.slug, name: wireSources.name }).from(wireSources).orderBy(wireSources.name),
    getDb().selectDistinct({ language: recentLanguages.language }).from(recentLanguages).orderBy(recentLanguages.language),
    getDb().select({ subject: recent.subject }).from(recent).groupBy(recent.subject).orderBy(desc(count()), recent.subject).limit(40),
  ]);
  return { agencies, languages: languages.map((row) => row.language), subjects: subjects.map((row) => row.subject).sort((a, b) => a.localeCompare(b, "ar")) };
}

export interface WireItemVersion {
  version: number;
  channel: WireChannel;
  receivedAt: string;
  content: StoredWireItem;
}

export interface WireItemDetail {
  id: string;
  uri: string;
  agency: { name: string; attribution: string };
  latest: StoredWireItem;
  versions: WireItemVersion[];
  stories: { id: string; headline: string; status: ArticleStatus; wireVersion: number | null }[];
}

export async function getWireItem(viewer: Viewer, itemId: string): Promise<WireItemDetail | null> {
  assertCan(viewer, "wire.read");
  const [item] = await getDb()
    .select({ id: wireItems.id, uri: wireItems.uri, name: wireSources.name, attribution: wireSources.attribution, version: wireItems.version })
    .from(wireItems)
    .innerJoin(wireSources, eq(wireSources.id, wireItems.sourceId))
    .where(eq(wireItems.id, itemId));
  if (!item) return null;
  const [versions, stories] = await Promise.all([
    getDb()
      .select({ version: wireItemVersions.version, channel: wireItemVersions.channel, receivedAt: wireItemVersions.receivedAt, content: wireItemVersions.content })
      .from(wireItemVersions)
      .where(eq(wireItemVersions.itemId, itemId))
      .orderBy(desc(wireItemVersions.version)),
    getDb()
      .select({ id: articles.id, headline: articles.headline, status: articles.status, wireVersion: articles.wireVersion })
      .from(articles)
      // Writers see the stories they may open: their own; an editor sees every one.
      .where(and(eq(articles.wireItemId, itemId), roleCan(viewer.role, "article.editAny") ? undefined : ownedBy(viewer.id)))
      .orderBy(articles.createdAt),
  ]);
  const history = versions.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() }));
  const latest = history.find((row) => row.version === item.version)!.content;
  return { id: item.id, uri: item.uri, agency: { name: item.name, attribution: item.attribution }, latest, versions: history, stories };
}

export interface WireRejectionRow {
  id: number;
  agency: string | null;
  channel: WireChannel;
  fileName: string;
  reason: string;
  detail: string;
  receivedAt: string;
}

/** The files and requests refused lately, with why: what an editor tells the agency. */
export async function listWireRejections(viewer: Viewer, limit = 20): Promise<WireRejectionRow[]> {
  assertCan(viewer, "wire.read");
  const rows = await getDb()
    .select({
      id: wireRejections.id,
      agency: wireSources.name,
      channel: wireRejections.channel,
      fileName: wireRejections.fileName,
      reason: wireRejections.reason,
      detail: wireRejections.detail,
      receivedAt: wireRejections.receivedAt,
    })
    .from(wireRejections)
    .leftJoin(wireSources, eq(wireSources.id, wireRejections.sourceId))
    .orderBy(desc(wireRejections.receivedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() }));
}

import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { articles } from "@/db/schema/articles";
import { wireItems } from "@/db/schema/wire";
import type { WirePubStatus } from "@/lib/wire/wire-item";
import type { Executor } from "./article-content";

// What keeps a story from readers whatever anyone clicks: an embargo (the story's own, or its
// agency item's) not yet lifted, or an agency item that was killed or withheld.

export interface PublicationHold {
  /** The later of the story's and its agency item's embargo. */
  embargoedUntil: Date | null;
  /** The agency withdrew the item the story was made from, with its note. */
  withdrawnByAgency: { status: Exclude<WirePubStatus, "usable">; note: string } | null;
}

/** The later of the story's own embargo and its agency item's, as SQL (for lists such as the desk). */
export const effectiveEmbargo = sql<Date | null>`greatest(${articles.embargoedUntil}, (select ${wireItems.embargoedUntil} from ${wireItems} where ${wireItems.id} = ${articles.wireItemId}))`.mapWith(
  (value: string | Date | null) => (value === null ? null : new Date(value)),
);

export async function publicationHold(db: Executor, articleId: string): Promise<PublicationHold> {
  const [row] = await db
    .select({ embargoedUntil: effectiveEmbargo, pubStatus: wireItems.pubStatus, note: wireItems.editorNote })
    .from(articles)
    .leftJoin(wireItems, eq(wireItems.id, articles.wireItemId))
    .where(eq(articles.id, articleId));
  const pubStatus = row?.pubStatus;
  return {
    embargoedUntil: row?.embargoedUntil ?? null,
    withdrawnByAgency: pubStatus && pubStatus !== "usable" ? { status: pubStatus, note: row!.note ?? "" } : null,
  };
}

/** The same rule as SQL, for the scheduler: true when nothing holds the story at `at`. */
export function freeToPublishAt(at: SQL): SQL<boolean> {
  return sql<boolean>`(${articles.embargoedUntil} is null or ${articles.embargoedUntil} <= ${at}) and not exists (
    select 1 from ${wireItems} where ${wireItems.id} = ${articles.wireItemId}
      and (${wireItems.pubStatus} <> 'usable' or ${wireItems.embargoedUntil} > ${at}))`;
}

import "server-only";
import { eq } from "drizzle-orm";
import { articles } from "@/db/schema/articles";
import { images } from "@/db/schema/media";
import type { ArticleImageAttrs } from "@/lib/article-document";

// A story's cover photo as queries read it: these columns, over a left join on `coverJoin`.

export const coverColumns = {
  coverImageId: articles.coverImageId,
  coverWidth: images.width,
  coverHeight: images.height,
  coverAlt: articles.coverAlt,
  coverCaption: articles.coverCaption,
  coverCredit: articles.coverCredit,
};

export const coverJoin = [images, eq(images.id, articles.coverImageId)] as const;

export type CoverRow = {
  coverImageId?: string | null;
  coverWidth?: number | null;
  coverHeight?: number | null;
  coverAlt?: string;
  coverCaption?: string;
  coverCredit?: string;
};

/** The cover a row read with `coverColumns` names, or null (none, or its image is gone). */
export function coverOf(row: CoverRow): ArticleImageAttrs | null {
  if (!row.coverImageId || !row.coverWidth || !row.coverHeight) return null;
  return {
    imageId: row.coverImageId,
    width: row.coverWidth,
    height: row.coverHeight,
    alt: row.coverAlt ?? "",
    caption: row.coverCaption ?? "",
    credit: row.coverCredit ?? "",
  };
}

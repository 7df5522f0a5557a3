import { availableParallelism } from "node:os";
import sharp from "sharp";
import type { ArticleImageAttrs } from "@/lib/article-document";
import { processImage } from "@/lib/media/process-image";
import type { Database } from "./client";
import { drawScene, type Scene } from "./seed-art";
import { images, imageVariants } from "./schema/media";

// The demo newsroom's lead pictures: drawn at seed time (db/seed-art.ts), rendered to PNG by
// sharp and stored through the same processing as an upload, so they are served from /media
// in every size like any photo. They are illustrations, and their credit says so.

export interface SeedPicture {
  scene: Scene;
  alt: string;
  caption: string;
}

export const SEED_PICTURE_CREDIT = "رسم: خبر";

// Drawn at 960 pixels wide, the largest stored size below 1600: bigger would cost the seed
// (which every test run repeats) a second per picture and store nothing larger.
const PICTURE_WIDTH = 960;

/** Draws, processes and stores one picture; returns it as a story's cover. */
async function storePicture(db: Database, picture: SeedPicture, seedText: string): Promise<ArticleImageAttrs> {
  const png = await sharp(Buffer.from(drawScene(picture.scene, seedText)))
    .resize({ width: PICTURE_WIDTH })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const processed = await processImage(new Uint8Array(png));
  const [row] = await db
    .insert(images)
    .values({ sourceFormat: processed.sourceFormat, width: processed.width, height: processed.height, byteSize: processed.byteSize })
    .returning({ id: images.id });
  await db.insert(imageVariants).values(
    processed.variants.map((variant) => ({ imageId: row!.id, width: variant.width, height: variant.height, format: variant.format, bytes: variant.bytes })),
  );
  return { imageId: row!.id, width: processed.width, height: processed.height, alt: picture.alt, caption: picture.caption, credit: SEED_PICTURE_CREDIT };
}

/** Stores the pictures of the stories keyed by `seedText` (their headlines), a few at a time. */
export async function storePictures(db: Database, wanted: { seedText: string; picture: SeedPicture }[]): Promise<Map<string, ArticleImageAttrs>> {
  const stored = new Map<string, ArticleImageAttrs>();
  const queue = [...wanted];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      stored.set(next.seedText, await storePicture(db, next.picture, next.seedText));
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), 4) }, worker));
  return stored;
}

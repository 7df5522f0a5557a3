import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { images } from "@/db/schema/media";
import { assertCan, type Viewer } from "@/lib/permissions/viewer";
import type { ImageStore, StoredVariant } from "@/lib/media/image-store";
import { processImage } from "@/lib/media/process-image";
import { postgresImageStore } from "./postgres-image-store";

// Uploaded images: staff upload them, anyone may fetch a variant (their ids are unguessable
// and they are meant for public pages).

const store: ImageStore = postgresImageStore;

export interface UploadedImage {
  id: string;
  width: number;
  height: number;
}

/**
 * Checks the viewer may upload before a byte is read, then that the bytes are a JPEG, PNG, WebP
 * or AVIF of at most 10 MB; resizes them and stores every variant.
 */
export async function uploadImage(viewer: Viewer, readBytes: () => Promise<Uint8Array>): Promise<UploadedImage> {
  assertCan(viewer, "article.create");
  const processed = await processImage(await readBytes());
  const [created] = await getDb()
    .insert(images)
    .values({
      sourceFormat: processed.sourceFormat,
      width: processed.width,
      height: processed.height,
      byteSize: processed.byteSize,
      createdBy: viewer.id,
    })
    .returning({ id: images.id });
  try {
    await store.putVariants(created!.id, processed.variants);
  } catch (error) {
    // An image without its bytes is no image: drop the half-made row.
    await getDb().delete(images).where(eq(images.id, created!.id));
    throw error;
  }
  return { id: created!.id, width: processed.width, height: processed.height };
}

export async function getImageVariant(imageId: string, width: number, format: "webp" | "fallback"): Promise<StoredVariant | null> {
  return store.getVariant(imageId, width, format);
}

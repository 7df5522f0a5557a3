import type { ProcessedVariant } from "./process-image";

// Where the bytes of image variants live. Image metadata (size, who uploaded it) is always a
// row in the `images` table; the bytes go to a store. The default keeps them in PostgreSQL
// (lib/dal/postgres-image-store.ts) so that every app instance serves the same files; an
// object store can implement these two methods instead.

export interface StoredVariant {
  bytes: Uint8Array;
  contentType: string;
  width: number;
  height: number;
}

export interface ImageStore {
  putVariants(imageId: string, variants: ProcessedVariant[]): Promise<void>;
  /** `format` is "webp" or "fallback" (the JPEG or PNG stored beside it). */
  getVariant(imageId: string, width: number, format: "webp" | "fallback"): Promise<StoredVariant | null>;
}

export const contentTypes: Record<ProcessedVariant["format"], string> = {
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { getDb } from "@/db";
import { imageVariants } from "@/db/schema/media";
import { contentTypes, type ImageStore } from "@/lib/media/image-store";

/** Image bytes as bytea rows, shared by every app instance through the database. */
export const postgresImageStore: ImageStore = {
  async putVariants(imageId, variants) {
    for (const variant of variants) {
      await getDb()
        .insert(imageVariants)
        .values({ imageId, width: variant.width, height: variant.height, format: variant.format, bytes: variant.bytes })
        .onConflictDoNothing();
    }
  },

  async getVariant(imageId, width, format) {
    const [row] = await getDb()
      .select({ bytes: imageVariants.bytes, format: imageVariants.format, width: imageVariants.width, height: imageVariants.height })
      .from(imageVariants)
      .where(
        and(
          eq(imageVariants.imageId, imageId),
          eq(imageVariants.width, width),
          format === "webp" ? eq(imageVariants.format, "webp") : ne(imageVariants.format, "webp"),
        ),
      )
      .limit(1);
    if (!row) return null;
    return { bytes: row.bytes, contentType: contentTypes[row.format as keyof typeof contentTypes] ?? "application/octet-stream", width: row.width, height: row.height };
  },
};

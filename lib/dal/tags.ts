import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { tags } from "@/db/schema/articles";

export interface TagDto {
  slug: string;
  name: string;
}

export async function getTag(slug: string): Promise<TagDto | null> {
  const [row] = await getDb().select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug));
  return row ?? null;
}

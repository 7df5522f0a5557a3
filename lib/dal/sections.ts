import "server-only";
import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { sections } from "@/db/schema/sections";

export interface SectionDto {
  slug: string;
  name: string;
  description: string;
}

const columns = { slug: sections.slug, name: sections.name, description: sections.description };

export async function listSections(): Promise<SectionDto[]> {
  return getDb().select(columns).from(sections).orderBy(asc(sections.position), asc(sections.id));
}

export async function getSection(slug: string): Promise<SectionDto | null> {
  const [row] = await getDb().select(columns).from(sections).where(eq(sections.slug, slug));
  return row ?? null;
}

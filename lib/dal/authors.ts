import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { users } from "@/db/schema/users";

// Public author profiles: only people with a public slug (writers) have one; the DTO carries
// nothing private (no email, no role).

export interface AuthorProfile {
  slug: string;
  name: string;
  bio: string | null;
}

export async function getAuthor(slug: string): Promise<AuthorProfile | null> {
  const [row] = await getDb()
    .select({ slug: users.slug, name: users.displayName, bio: users.bio })
    .from(users)
    .where(eq(users.slug, slug));
  return row?.slug ? { slug: row.slug, name: row.name, bio: row.bio } : null;
}

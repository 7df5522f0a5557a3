import { slugWithSuffix } from "@/lib/arabic/slugify";

// A story's public address. Drafts do not hold one: their slug is only what they ask for (the
// headline's, or one typed), shared by as many drafts as like. The address is settled when the
// story goes out (published or scheduled) against the addresses other stories hold: those that
// are or were public, and old addresses that still redirect. From then on the story holds it.

const MAX_SUFFIX = 99;

/** The slugs a story asking for `wanted` may get, in order of preference. */
export function slugCandidates(wanted: string): string[] {
  return [wanted, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, i) => slugWithSuffix(wanted, i + 2))];
}

/** The first of the candidates that no other story holds; null when all are held. */
export function settleSlug(wanted: string, held: ReadonlySet<string>): string | null {
  return slugCandidates(wanted).find((candidate) => !held.has(candidate)) ?? null;
}

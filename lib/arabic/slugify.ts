import { stripArabicMarks } from "./normalize";

export const MAX_SLUG_LENGTH = 80;

/**
 * Builds a URL slug from a headline, keeping Arabic letters as written (they are
 * percent-encoded on the wire) and cutting at a word boundary.
 */
export function slugify(headline: string): string {
  const words = stripArabicMarks(headline)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0] ?? "").slice(0, MAX_SLUG_LENGTH);
}

/** Whether a decoded path segment could be a slug at all; anything else is a 404 without a query. */
export function isPlausibleSlug(value: string): boolean {
  return value.length > 0 && value.length <= MAX_SLUG_LENGTH * 2 && /^[\p{L}\p{N}-]+$/u.test(value);
}

/** Whether `slug` is already in the form slugify produces (what an editor may save). */
export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= MAX_SLUG_LENGTH && slugify(slug) === slug;
}

/** The `n`th alternative to a taken slug ("…-2", "…-3"), still within the length limit. */
export function slugWithSuffix(slug: string, n: number): string {
  const suffix = `-${n}`;
  const room = MAX_SLUG_LENGTH - suffix.length;
  const base = slug.length > room ? slug.slice(0, room).replace(/-+$/, "") : slug;
  return `${base}${suffix}`;
}

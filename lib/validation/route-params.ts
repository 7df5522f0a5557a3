import { z } from "zod";
import { isPlausibleSlug } from "@/lib/arabic/slugify";

/**
 * A slug from the URL, decoded if it still carries percent-encoding; null when it cannot be
 * a slug (malformed encoding, absurd length, stray characters), so the page answers 404.
 */
export function parseSlugParam(raw: string): string | null {
  let slug = raw;
  if (raw.includes("%")) {
    try {
      slug = decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  slug = slug.normalize("NFC");
  return isPlausibleSlug(slug) ? slug : null;
}

const pageNumber = z.coerce.number().int().min(1).max(10_000);

/** `?page=` as a positive integer; 1 when absent, null when nonsense. */
export function parsePageNumber(raw: string | string[] | undefined): number | null {
  if (raw === undefined) return 1;
  const parsed = pageNumber.safeParse(Array.isArray(raw) ? raw[0] : raw);
  return parsed.success ? parsed.data : null;
}

/** A record id from the URL; null (so a 404) unless it is a UUID. */
export function parseUuidParam(raw: string): string | null {
  const parsed = z.uuid().safeParse(raw);
  return parsed.success ? parsed.data.toLowerCase() : null;
}

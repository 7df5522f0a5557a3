import { z } from "zod";
import { isPlausibleSlug } from "@/lib/arabic/slugify";

// /search?q=&section=&from=&to=&page= — anything malformed is dropped, never an error page:
// a search box must answer whatever is typed into it.

export interface SearchRequest {
  q: string;
  section: string | null;
  from: string | null;
  to: string | null;
  page: number;
}

export const MAX_SEARCH_PAGE = 100;
const RAW_QUERY_LIMIT = 2_000;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const isoDate = z.iso.date();

const schema = z.object({
  q: z.preprocess(first, z.string().catch("")).catch(""),
  section: z.preprocess(first, z.string().refine(isPlausibleSlug).nullable().catch(null)).catch(null),
  from: z.preprocess(first, isoDate.nullable().catch(null)).catch(null),
  to: z.preprocess(first, isoDate.nullable().catch(null)).catch(null),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).catch(1)).catch(1),
});

/** The search in a URL's query string, the first of any repeated parameter counting, as a page's searchParams do. */
export function searchRequestOf(params: URLSearchParams): SearchRequest {
  return parseSearchParams(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])));
}

export function parseSearchParams(params: Record<string, string | string[] | undefined>): SearchRequest {
  const parsed = schema.parse({ section: null, from: null, to: null, ...params });
  const q = (typeof parsed.q === "string" ? parsed.q : "").slice(0, RAW_QUERY_LIMIT);
  let { from, to } = parsed;
  if (from && to && from > to) [from, to] = [to, from];
  return { q, section: parsed.section ?? null, from: from ?? null, to: to ?? null, page: parsed.page ?? 1 };
}

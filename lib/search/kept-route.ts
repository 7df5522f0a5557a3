import { searchPath } from "@/lib/routes";
import { parseSearchParams, type SearchRequest } from "@/lib/validation/search";

// A breaking story brings the same few searches from many readers. A search without dates, on one
// of its first pages, is answered by a results page kept like a story's (app/(site)/search/[request]),
// which proxy.ts rewrites /search to. Its one path segment is the search's canonical query string
// in base64url, so that every spelling of one search shares one page and no percent-encoding
// (which Next decodes differently for a page and its metadata) is involved; any other segment is a 404.

/** Result pages worth keeping: readers rarely go further, and a made-up page number must cost a query, not an entry. */
export const KEPT_SEARCH_PAGES = 3;
/** Longer queries are rare, and the kept route is named in a response header (x-middleware-rewrite). */
const KEPT_QUERY_LENGTH = 100;

const queryStringOf = (request: SearchRequest) => searchPath(request).slice("/search?".length);

/** The kept page that answers this search, or null when it is rendered per request. */
export function keptSearchRoute(request: SearchRequest): string | null {
  if (request.from || request.to || request.page > KEPT_SEARCH_PAGES || request.q.length > KEPT_QUERY_LENGTH) return null;
  return `/search/${segmentOf(request)}`;
}

const segmentOf = (request: SearchRequest) => Buffer.from(queryStringOf(request)).toString("base64url");

/** The search a kept page's segment stands for, if the segment is the canonical one for it. */
export function keptSearchRequest(segment: string): SearchRequest | null {
  const request = parseSearchParams(Object.fromEntries(new URLSearchParams(Buffer.from(segment, "base64url").toString())));
  return keptSearchRoute(request) !== null && segmentOf(request) === segment ? request : null;
}

/** The search in a URL's query string, the first of any repeated parameter counting, as a page's searchParams do. */
export function searchRequestOf(params: URLSearchParams): SearchRequest {
  return parseSearchParams(Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)])));
}

import { searchPath } from "@/lib/routes";
import { foldSearchQuery } from "@/lib/search/query";
import { searchRequestOf, type SearchRequest } from "@/lib/validation/search";

// A breaking story brings the same few searches from many readers. A search without dates, on one
// of its first pages, is answered by a results page kept like a story's (app/(site)/search/[request]),
// which proxy.ts rewrites /search to. Its one path segment is the search's canonical query string
// (the query folded as the search reads it) in base64url, so that every spelling of one search
// shares one page and no percent-encoding (which Next decodes differently for a page and its
// metadata) is involved; any other segment is a 404.

/** Result pages worth keeping: readers rarely go further, and a made-up page number must cost a query, not an entry. */
const KEPT_SEARCH_PAGES = 3;
/** About a hundred Arabic letters: longer searches are rare, and the route is named in response headers. */
const KEPT_QUERY_STRING_LENGTH = 600;

/** The kept page's segment for this search, or null when it is rendered per request. */
function keptSegment(request: SearchRequest): string | null {
  if (request.from || request.to || request.page > KEPT_SEARCH_PAGES) return null;
  const q = foldSearchQuery(request.q);
  // Without words there is one page to keep, the empty search page.
  if (!q.trim() && (request.section || request.page > 1)) return null;
  const queryString = searchPath({ ...request, q: q.trim() ? q : "" }).slice("/search?".length);
  return queryString.length > KEPT_QUERY_STRING_LENGTH ? null : Buffer.from(queryString).toString("base64url");
}

/** The kept page that answers this search, or null when it is rendered per request. */
export function keptSearchRoute(request: SearchRequest): string | null {
  const segment = keptSegment(request);
  return segment === null ? null : `/search/${segment}`;
}

/** The search a kept page's segment stands for, if the segment is the canonical one for it. */
export function keptSearchRequest(segment: string): SearchRequest | null {
  const request = searchRequestOf(new URLSearchParams(Buffer.from(segment, "base64url").toString()));
  return keptSegment(request) === segment ? request : null;
}

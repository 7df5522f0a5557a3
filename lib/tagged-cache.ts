import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";

// Each read is memoised per request, so generateMetadata and the page share one query, and kept
// in Next's data cache under the tags that publishing invalidates. The revalidate window is only
// a safety net behind tag invalidation.
const SAFETY_NET_SECONDS = 300;

/** Thrown out of a cached read to hand its result back without keeping it. */
class NotKept<Result> {
  constructor(readonly result: Result) {}
}

/**
 * A tagged, cached read. Its keys come from URLs, which anyone can make up: `keep` says which
 * results are worth an entry (a story that exists, a page with something on it), so that
 * requests for made-up slugs, ids or page numbers cost a query each but leave nothing behind.
 */
export function cached<Args extends string[], Result>(
  key: string,
  read: (...args: Args) => Promise<Result>,
  tagsFor: (...args: Args) => string[],
  keep: (result: Result, ...args: Args) => boolean = () => true,
) {
  return cache(async (...args: Args): Promise<Result> => {
    const readAndKeep = unstable_cache(
      async () => {
        const result = await read(...args);
        if (!keep(result, ...args)) throw new NotKept(result);
        return result;
      },
      [key, ...args],
      { tags: tagsFor(...args), revalidate: SAFETY_NET_SECONDS },
    );
    try {
      return await readAndKeep();
    } catch (error) {
      if (error instanceof NotKept) return error.result as Result;
      throw error;
    }
  });
}

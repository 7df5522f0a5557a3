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

interface Kept<Result> {
  result: Result;
  readAt: number;
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
      async (): Promise<Kept<Result>> => {
        const result = await read(...args);
        if (!keep(result, ...args)) throw new NotKept(result);
        return { result, readAt: Date.now() };
      },
      [key, ...args],
      { tags: tagsFor(...args), revalidate: SAFETY_NET_SECONDS },
    );
    let kept: Kept<Result>;
    try {
      kept = await readAndKeep();
    } catch (error) {
      if (error instanceof NotKept) return error.result as Result;
      throw error;
    }
    // Next refreshes an entry past its safety net, and keeps serving the old one when the refresh
    // fails, as it does when something kept no longer reads as worth keeping (a story gone without
    // its tags being expired). An entry that old is read again here, uncached.
    if (Date.now() - kept.readAt > 2 * SAFETY_NET_SECONDS * 1000) return read(...args);
    return kept.result;
  });
}

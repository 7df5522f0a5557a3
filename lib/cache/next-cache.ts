import "server-only";
import { revalidateTag, unstable_cache, updateTag } from "next/cache";
import { cache } from "react";
import { cacheTags } from "@/lib/cache/tags";
import { announceExpired } from "@/lib/live/announce";

// The one module that speaks Next's caching API: reads are kept under tags, and writes expire
// those tags in one of three ways (see the README's "From a write to every reader"). The two
// that expire at once also tell open pages (lib/live/announce.ts).

/** Inside a server action: the tags expire now and the acting person's next view is fresh; open pages are told. */
export function expireForWriter(tags: Iterable<string>) {
  const expired = [...tags];
  for (const tag of expired) updateTag(tag);
  void announceExpired(expired);
}

/** The tags go stale: readers get the kept version once more while a fresh one is rendered. */
export function expireInBackground(tags: Iterable<string>) {
  for (const tag of tags) revalidateTag(tag, "max");
}

/**
 * The page being rendered shows nothing worth keeping (a search that found nothing): its keys come
 * from what readers type, so the cache handler keeps no copy and the next request renders it again.
 */
export async function leavePageUnkept() {
  await unstable_cache(async () => true, ["unkept-page"], { tags: [cacheTags.unkeptPage] })();
}

interface ProcessCache {
  expire(tags: string[]): Promise<void>;
  status(): { shared: boolean; reachable: boolean; unsharedExpiries: number };
}

/** The cache handler's state in this process (lib/cache/handler.mjs); absent outside `next start` and `next dev`. */
function processCache(): ProcessCache | undefined {
  return (globalThis as Record<symbol, ProcessCache | undefined>)[Symbol.for("khabar.cache")];
}

/**
 * The tags expire now on every instance, outside Next's bookkeeping for the current request: a
 * server action that calls this does not re-render its page into its answer (the busy path of
 * posting a comment), and it works where `updateTag` cannot (route handlers, the clock).
 */
export async function expireEverywhere(tags: Iterable<string>) {
  const expired = [...new Set(tags)];
  await processCache()?.expire(expired);
  void announceExpired(expired);
}

/** Whether the shared cache is configured and reachable, for the health check. */
export function sharedCacheStatus() {
  return processCache()?.status() ?? { shared: false, reachable: true, unsharedExpiries: 0 };
}

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

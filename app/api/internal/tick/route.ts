import { timingSafeEqual } from "node:crypto";
import { revalidateTag } from "next/cache";
import { TICK_HEADER, tickToken } from "@/lib/editorial/clock";
import { pruneCacheInvalidations, publishDueArticles, readCacheInvalidations } from "@/lib/dal/scheduled-publishing";

// Called by this process's own editorial clock (lib/editorial/clock.ts) and by nothing else:
// it publishes due stories, then expires every cache tag recorded stale since the last tick,
// by any instance, so that all instances serve readers the same stories.

export const dynamic = "force-dynamic";

// What this instance has already expired: ids seen in the recent window (rows can commit
// out of id order, so the window is re-read rather than trusting a single cursor), and when it
// last read them.
const feedState = globalThis as unknown as {
  khabarFeed?: { seen: Map<number, number>; lastRead: number | null; lastPrune: number };
};
const WINDOW_MS = 2 * 60_000;
const RETENTION_MS = 24 * 60 * 60_000;

function authorized(request: Request): boolean {
  const expected = tickToken();
  const given = request.headers.get(TICK_HEADER);
  if (!expected || !given || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

export async function POST(request: Request) {
  if (!authorized(request)) return new Response("Not found", { status: 404 });
  const state = (feedState.khabarFeed ??= { seen: new Map(), lastRead: null, lastPrune: 0 });
  const now = Date.now();

  try {
    const published = await publishDueArticles(new Date(now));
    for (const story of published) {
      console.log(`Scheduled story published${story.late ? " late" : ""}: ${story.slug}`);
    }
    // The first tick reads the whole record, since this instance's cache on disk may be older
    // than any of it; each later one reads back past the last read, however long ago that was.
    const rows = await readCacheInvalidations(new Date(state.lastRead === null ? now - RETENTION_MS : state.lastRead - WINDOW_MS));
    const tags = new Set<string>();
    for (const row of rows) {
      if (state.seen.has(row.id)) continue;
      state.seen.set(row.id, now);
      row.tags.forEach((tag) => tags.add(tag));
    }
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
    state.lastRead = now;
    for (const [id, seenAt] of state.seen) if (now - seenAt > WINDOW_MS * 2) state.seen.delete(id);
    if (now - state.lastPrune > 60 * 60_000) {
      state.lastPrune = now;
      await pruneCacheInvalidations(new Date(now - RETENTION_MS));
    }
    return Response.json({ published: published.length, expired: tags.size });
  } catch (error) {
    console.error("Editorial clock: tick could not reach the database", error);
    return new Response("Unavailable", { status: 503 });
  }
}

import { expireEverywhere } from "@/lib/cache/next-cache";
import { isOwnClock } from "@/lib/editorial/clock";
import { publishDueArticles } from "@/lib/dal/scheduled-publishing";
import { pruneLiveEvents } from "@/lib/dal/live-events";

/** Old live messages go about once a minute; any instance may do it, and doing it twice is harmless. */
const PRUNE_EVERY_MS = 60_000;
let prunedAt = 0;

// Called by this process's own editorial clock (lib/editorial/clock.ts) and by nothing else:
// it publishes due stories and expires what their readers see, on every instance, and lets
// live messages older than a day go.

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!isOwnClock(request)) return new Response("Not found", { status: 404 });
  try {
    const { outcome: published, invalidate } = await publishDueArticles();
    for (const story of published) {
      console.log(`Scheduled story published${story.late ? " late" : ""}: ${story.slug}`);
    }
    await expireEverywhere(invalidate);
    if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
      prunedAt = Date.now();
      await pruneLiveEvents();
    }
    return Response.json({ published: published.length });
  } catch (error) {
    console.error("Editorial clock: tick could not reach the database", error);
    return new Response("Unavailable", { status: 503 });
  }
}

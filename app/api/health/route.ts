import { sharedCacheStatus } from "@/lib/cache/next-cache";
import { checkDatabase } from "@/lib/dal/health";

export const dynamic = "force-dynamic";

/**
 * Up while the database answers. A shared cache that cannot be reached degrades the instance
 * (pages render or come from its own memory, expiries wait to be shared) without taking it down.
 */
export async function GET() {
  const database = await checkDatabase();
  const cache = sharedCacheStatus();
  const cacheState = !cache.shared ? "local" : cache.reachable ? "shared" : "unreachable";
  const status = !database ? "unavailable" : cacheState === "unreachable" ? "degraded" : "ok";
  return Response.json(
    { status, database: database ? "up" : "down", cache: cacheState, unsharedExpiries: cache.unsharedExpiries },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

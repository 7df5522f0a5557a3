import { z } from "zod";
import { loadThread } from "@/lib/comments/load-thread";
import { isDatabaseUnavailable } from "@/lib/errors";
import { unavailableResponse } from "@/lib/unavailable-response";
import { threadQuerySchema } from "@/lib/validation/comments";

export const dynamic = "force-dynamic";

/**
 * A page of a story's comment thread as JSON, for the island on the cached story page.
 * Anonymous answers are the same for everyone and may be cached for a second by a shared
 * cache; a signed-in reader's answer carries their own unpublished comments and is private.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/articles/[articleId]/comments">) {
  const started = performance.now();
  const articleId = z.uuid().safeParse((await params).articleId);
  if (!articleId.success) return Response.json({ error: "not-found" }, { status: 404 });
  const url = new URL(request.url);
  const query = threadQuerySchema.parse({ order: url.searchParams.get("order"), after: url.searchParams.get("after") });
  let payload;
  try {
    payload = await loadThread(articleId.data, query.order, query.after);
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    throw error;
  }
  if (!payload) return Response.json({ error: "not-found" }, { status: 404 });
  const cacheControl = payload.viewer.signedIn ? "private, no-store" : "public, max-age=0, s-maxage=1";
  // Server-Timing lets the benchmark (and browsers' dev tools) see the server's share of a request.
  const serverTiming = `thread;dur=${(performance.now() - started).toFixed(1)}`;
  return Response.json(payload, { headers: { "Cache-Control": cacheControl, Vary: "Cookie", "Server-Timing": serverTiming } });
}

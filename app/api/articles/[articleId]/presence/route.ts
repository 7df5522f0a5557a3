import { getViewer } from "@/lib/auth/session";
import { leaveArticle } from "@/lib/dal/story-presence";
import { AuthorizationError, isDatabaseUnavailable } from "@/lib/errors";
import { isSameOrigin } from "@/lib/request-origin";
import { unavailableResponse } from "@/lib/unavailable-response";
import { parseUuidParam } from "@/lib/validation/route-params";

// The beacon an editor's tab sends as it closes or leaves a story (navigator.sendBeacon, which
// can only POST): its person is no longer editing the story, so colleagues stop being told so.
// It ends only the viewer's own presence; the data layer checks who that is and what they may open.
export async function POST(request: Request, { params }: RouteContext<"/api/articles/[articleId]/presence">) {
  if (!isSameOrigin(request)) return new Response(null, { status: 403 });
  const articleId = parseUuidParam((await params).articleId);
  if (!articleId) return new Response(null, { status: 404 });
  try {
    await leaveArticle(await getViewer(), articleId);
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response(null, { status: error.reason === "unauthenticated" ? 401 : 403 });
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    throw error;
  }
  return new Response(null, { status: 204 });
}

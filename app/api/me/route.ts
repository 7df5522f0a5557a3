import { staffLinksFor } from "@/lib/permissions/navigation";
import { getViewer } from "@/lib/auth/session";
import { can } from "@/lib/permissions/viewer";
import { countPendingComments } from "@/lib/dal/moderation";

export const dynamic = "force-dynamic";

// Public pages are cached for everyone alike, so the header asks here who is signed in
// (and, for moderators, how many comments wait for review).
export async function GET() {
  const viewer = await getViewer();
  const body = viewer
    ? {
        signedIn: true,
        displayName: viewer.displayName,
        links: staffLinksFor(viewer),
        pendingComments: can(viewer, "comment.moderate") ? await countPendingComments(viewer) : null,
      }
    : { signedIn: false };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}

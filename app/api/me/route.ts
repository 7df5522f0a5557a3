import { staffLinksFor } from "@/lib/auth/navigation";
import { getViewer } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

// Public pages are cached for everyone alike, so the header asks here who is signed in.
export async function GET() {
  const viewer = await getViewer();
  const body = viewer
    ? { signedIn: true, displayName: viewer.displayName, links: staffLinksFor(viewer) }
    : { signedIn: false };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
}

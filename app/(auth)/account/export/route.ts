import { getViewer } from "@/lib/auth/session";
import { exportOwnData } from "@/lib/dal/account-data";
import { ar } from "@/lib/i18n/ar";

// Everything Khabar holds about the signed-in person, as a JSON download.

export const dynamic = "force-dynamic";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) return Response.json({ error: ar.auth.errors.notSignedIn }, { status: 401 });
  const data = await exportOwnData(viewer);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="khabar-my-data-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}

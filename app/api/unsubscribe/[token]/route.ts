import { unsubscribeFromNotices } from "@/lib/dal/account-links";
import { linkTokenSchema } from "@/lib/validation/auth";

// RFC 8058 one-click unsubscribe: mail programs POST "List-Unsubscribe=One-Click" to the
// address in a reply notice's List-Unsubscribe header, and reply notices stop at once.

export const dynamic = "force-dynamic";

export async function POST(_: Request, { params }: RouteContext<"/api/unsubscribe/[token]">) {
  const token = linkTokenSchema.safeParse((await params).token);
  if (!token.success || !(await unsubscribeFromNotices(token.data))) return new Response(null, { status: 404 });
  return new Response(null, { status: 204 });
}

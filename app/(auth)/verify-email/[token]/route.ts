import { verifyEmail } from "@/lib/dal/account-links";
import { linkTokenSchema } from "@/lib/validation/auth";

// The link in the verification e-mail: proves the address, then shows the account page, which
// says whether it worked (signing in first if this browser is not signed in).

export const dynamic = "force-dynamic";

export async function GET(_: Request, { params }: RouteContext<"/verify-email/[token]">) {
  const token = linkTokenSchema.safeParse((await params).token);
  const verified = token.success && (await verifyEmail(token.data));
  // A relative address: behind a proxy, the request's own URL names the app server, not the site.
  return new Response(null, { status: 303, headers: { Location: `/account?verified=${verified ? 1 : 0}`, "Referrer-Policy": "no-referrer" } });
}

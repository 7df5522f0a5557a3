import { NextResponse } from "next/server";
import { verifyEmail } from "@/lib/dal/account-links";
import { linkTokenSchema } from "@/lib/validation/auth";

// The link in the verification e-mail: proves the address, then shows the account page, which
// says whether it worked (signing in first if this browser is not signed in).

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: RouteContext<"/verify-email/[token]">) {
  const token = linkTokenSchema.safeParse((await params).token);
  const verified = token.success && (await verifyEmail(token.data));
  const response = NextResponse.redirect(new URL(`/account?verified=${verified ? 1 : 0}`, request.url), 303);
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}

import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/session-cookie";
import { keptSearchRoute } from "@/lib/search/kept-route";
import { searchRequestOf } from "@/lib/validation/search";

// A convenience layer only: it never decides who may do what (the data-access layer does,
// on every read and write). It runs for three kinds of path, chosen by the matcher:
// - /search, rewritten to the kept results page that answers it, if one does;
// - staff areas, where a visitor without a session cookie is sent to sign in first;
// - paths whose percent-encoding is not valid UTF-8, answered with the Arabic 404 page
//   instead of the router's 500. Other public pages never reach it.

function isMalformed(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isMalformed(pathname)) {
    return NextResponse.rewrite(new URL("/_/not-found", request.url), { status: 404 });
  }
  if (pathname === "/search") {
    const kept = keptSearchRoute(searchRequestOf(request.nextUrl.searchParams));
    return kept ? NextResponse.rewrite(new URL(kept, request.url)) : NextResponse.next();
  }
  if (!SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    const login = new URL("/login", request.url);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    "/search",
    "/editor/:path*",
    "/moderation/:path*",
    "/admin/:path*",
    "/account",
    // Any path that is not entirely plain characters and well-formed UTF-8 escapes.
    "/((?!(?:[^%]|%[0-7][0-9A-Fa-f]|%[Cc][2-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Dd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){2}|%[Ff][0-4](?:%[89ABab][0-9A-Fa-f]){3})*$).*)",
  ],
};

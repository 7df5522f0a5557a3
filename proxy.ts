import { NextResponse, type NextRequest } from "next/server";

// A convenience layer only: it never decides who may do what (that is the data-access layer).
// It answers paths whose percent-encoding is not valid UTF-8 with the Arabic 404 page instead
// of the router's 500. The matcher sends it only such paths, so cached pages pay nothing for it.
export function proxy(request: NextRequest) {
  return NextResponse.rewrite(new URL("/_/not-found", request.url), { status: 404 });
}

export const config = {
  matcher: [
    // Any path that is not entirely plain characters and well-formed UTF-8 escapes.
    "/((?!(?:[^%]|%[0-7][0-9A-Fa-f]|%[Cc][2-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Dd][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]|%[Ee][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){2}|%[Ff][0-4](?:%[89ABab][0-9A-Fa-f]){3})*$).*)",
  ],
};

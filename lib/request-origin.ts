/**
 * Whether a request to a route handler comes from this site's own pages. Browsers send `Origin`
 * with every cross-site POST; a request without one (a tool, a test) carries no page's cookies
 * by mistake, and the session check still decides.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  return !origin || origin === new URL(request.url).origin || origin === `http://${host}` || origin === `https://${host}`;
}

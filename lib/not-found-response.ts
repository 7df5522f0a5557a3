import { ar } from "@/lib/i18n/ar";

/** A plain-text 404 for the routes that answer files (feeds, sitemaps, images) rather than pages. */
export function notFoundResponse(headers: Record<string, string> = {}): Response {
  return new Response(`${ar.errors.notFoundTitle}\n`, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } });
}

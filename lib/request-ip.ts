import "server-only";
import { headers } from "next/headers";

/**
 * The client's address, for rate limits. The server (scripts/server.mjs) overwrites
 * x-forwarded-for on every request with the one address it worked out from the connection and
 * the proxies it trusts (TRUST_PROXY), so whatever a client wrote there is gone; the last entry is
 * that address.
 */
export function ipFromHeaders(requestHeaders: Headers): string {
  const hops = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1) ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}

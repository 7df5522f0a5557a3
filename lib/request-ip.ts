import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The client's address, for rate limits. Each proxy in front appends the address it saw to
 * x-forwarded-for (and `next start` fills the header in when a request arrives without one),
 * so the entries a client wrote come first and the trustworthy one is `trustedProxies` places
 * from the right.
 */
export function ipFromHeaders(requestHeaders: Headers, trustedProxies = env.TRUSTED_PROXIES): string {
  const hops = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-Math.min(trustedProxies, hops.length)) ?? "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}

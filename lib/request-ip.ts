import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it (Next's server sets x-forwarded-for). */
export function ipFromHeaders(requestHeaders: Headers): string {
  return requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}

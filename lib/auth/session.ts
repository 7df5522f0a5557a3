import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { loadViewer } from "@/lib/dal/users";
import { resolveAuthSecret } from "./secret";
import { SESSION_COOKIE_NAMES } from "./session-cookie";
import type { Viewer } from "@/lib/permissions/viewer";

/**
 * The signed-in viewer for this request: the session cookie decrypted (next-auth's own JWT
 * decode, which also checks expiry), then reloaded from the database (one indexed query,
 * memoised per request). A missing, tampered, expired or revoked session is simply anonymous.
 * Reading the cookie directly spares every action next-auth's round through its session
 * endpoint, which builds a CSRF token and re-encrypts the session it then throws away.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const jar = await cookies();
  const name = SESSION_COOKIE_NAMES.find((candidate) => jar.has(candidate));
  if (!name) return null;
  let token;
  try {
    token = await decode({ token: jar.get(name)!.value, secret: resolveAuthSecret(), salt: name });
  } catch {
    return null;
  }
  if (typeof token?.sub !== "string" || typeof token.sv !== "number") return null;
  return loadViewer({ userId: token.sub, sessionVersion: token.sv });
});

import "server-only";
import { cache } from "react";
import { loadViewer } from "@/lib/dal/users";
import { auth } from "./config";
import type { Viewer } from "./viewer";

/**
 * The signed-in viewer for this request, reloaded from the database (one indexed query,
 * memoised per request). A missing, tampered, expired or revoked session is simply anonymous.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  let claims;
  try {
    claims = (await auth())?.claims;
  } catch {
    return null;
  }
  return claims ? loadViewer(claims) : null;
});

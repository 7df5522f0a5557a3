import { createHmac, timingSafeEqual } from "node:crypto";

// The comment form's issue time, signed by the server with the app's secret and bound to the
// story, so a bot can neither make one up nor carry one to another story. A hidden field of
// plain text, so the form works without script. Pure: callers pass the key (lib/auth/secret.ts).

const TOKEN = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

function signature(key: string, articleId: string, issuedAt: number): string {
  return createHmac("sha256", key).update(`comment-form\n${articleId}\n${issuedAt}`).digest("base64url");
}

export function signFormToken(key: string, articleId: string, issuedAt: number): string {
  return `${issuedAt}.${signature(key, articleId, issuedAt)}`;
}

/** The issue time a token vouches for on this story, or null for a forged, altered or foreign one. */
export function readFormToken(key: string, articleId: string, token: string): number | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(signature(key, articleId, issuedAt));
  return timingSafeEqual(expected, Buffer.from(match[2]!)) ? issuedAt : null;
}

import type { RecentComment } from "./types";

const MINUTE_MS = 60_000;

/** The comments posted within the last `minutes` before `now` (later ones too: clocks drift). */
export function commentsWithin(comments: readonly RecentComment[], minutes: number, now: Date): RecentComment[] {
  const windowStart = now.getTime() - minutes * MINUTE_MS;
  return comments.filter((comment) => comment.createdAt.getTime() > windowStart);
}

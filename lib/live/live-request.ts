import "server-only";
import { z } from "zod";
import { admitStream } from "./admission";
import { isLiveChannel } from "./events";
import type { LiveOptions } from "./stream";

// What a request for live messages asks, and the answer to one that opens a stream, shared by
// Next's route (app/api/live/events) and Khabar's own server (./node-stream.ts).

/** How long a refused reader waits before polling; the page polls at about this pace. */
export const POLL_SECONDS = 20;

const querySchema = z.object({
  channels: z
    .string()
    .max(200)
    .transform((value) => [...new Set(value.split(","))])
    .pipe(z.array(z.string().refine(isLiveChannel)).min(1).max(3)),
  // Absent: from the newest message on.
  after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  poll: z.enum(["1"]).optional(),
});

export interface LiveQuery {
  channels: string[];
  /** The last message the reader has; null when it starts from now (nothing is read from the database). */
  after: number | null;
  poll: boolean;
}

/** The browser's own reconnect names the last message it got. */
function resumeFrom(header: string | null | undefined): number | null {
  const id = Number(header);
  return header && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

/** The query, or null when it names no channel that exists or an impossible id. */
export function readLiveQuery(params: URLSearchParams, lastEventId: string | null | undefined): LiveQuery | null {
  const query = querySchema.safeParse(Object.fromEntries(params));
  if (!query.success) return null;
  return { channels: query.data.channels, after: resumeFrom(lastEventId) ?? query.data.after ?? null, poll: query.data.poll === "1" };
}

export const noStore = { "Cache-Control": "no-store" };

export type LiveAnswer =
  | { status: number; headers: Record<string, string>; json: unknown }
  | { status: 200; headers: Record<string, string>; stream: LiveOptions };

export const badLiveRequest: LiveAnswer = { status: 400, headers: noStore, json: { error: "bad-request" } };

/** A stream of the query's channels, or a refusal telling the page to poll when `address` or this instance holds enough. */
export function admitLiveStream(query: LiveQuery, address: string): LiveAnswer {
  const release = admitStream(address);
  if (!release) {
    return { status: 503, headers: { ...noStore, "Retry-After": String(POLL_SECONDS) }, json: { poll: true, pollSeconds: POLL_SECONDS } };
  }
  return {
    status: 200,
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // nginx passes the stream through as it is written (deploy/nginx/khabar.conf says so too).
      "X-Accel-Buffering": "no",
    },
    stream: { channels: query.channels, after: query.after, onClose: release },
  };
}

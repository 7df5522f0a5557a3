import { z } from "zod";
import { latestLiveEventId, liveEventsAfter, REPLAY_LIMIT } from "@/lib/dal/live-events";
import { isDatabaseUnavailable } from "@/lib/errors";
import { admitStream } from "@/lib/live/admission";
import { isLiveChannel } from "@/lib/live/events";
import { liveStream } from "@/lib/live/stream";
import { ipFromHeaders } from "@/lib/request-ip";
import { unavailableResponse } from "@/lib/unavailable-response";

// Live messages for open public pages (lib/live/): a Server-Sent Events stream, or with
// `poll=1` one JSON answer, for pages refused a stream or behind something that buffers it.
// Everything sent is public and the same for every reader of the channels.

export const dynamic = "force-dynamic";

/** How long a refused reader waits before polling; the page polls at about this pace. */
const POLL_SECONDS = 20;

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

const noStore = { "Cache-Control": "no-store" };

/** The browser's own reconnect names the last message it got. */
function resumeFrom(header: string | null): number | null {
  const id = Number(header);
  return header && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return Response.json({ error: "bad-request" }, { status: 400, headers: noStore });
  const { channels } = query.data;
  // Without either, the reader starts from now: the stream reads nothing from the database.
  const after = resumeFrom(request.headers.get("last-event-id")) ?? query.data.after ?? null;

  if (query.data.poll) {
    try {
      if (after === null) return Response.json({ events: [], reset: false, latest: await latestLiveEventId(), pollSeconds: POLL_SECONDS }, { headers: noStore });
      const events = await liveEventsAfter(channels, after);
      const reset = events.length > REPLAY_LIMIT;
      return Response.json({ events: reset ? [] : events, reset, pollSeconds: POLL_SECONDS }, { headers: noStore });
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailableResponse();
      throw error;
    }
  }

  const release = admitStream(ipFromHeaders(request.headers));
  if (!release) {
    return Response.json({ poll: true, pollSeconds: POLL_SECONDS }, { status: 503, headers: { ...noStore, "Retry-After": String(POLL_SECONDS) } });
  }
  const body = liveStream({ channels, after, signal: request.signal, onClose: release });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      // nginx passes the stream through as it is written (deploy/nginx/khabar.conf says so too).
      "X-Accel-Buffering": "no",
    },
  });
}

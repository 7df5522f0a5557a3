import { latestLiveEventId, liveEventsAfter, REPLAY_LIMIT } from "@/lib/dal/live-events";
import { isDatabaseUnavailable } from "@/lib/errors";
import { admitLiveStream, badLiveRequest, noStore, POLL_SECONDS, readLiveQuery, type LiveQuery } from "@/lib/live/live-request";
import { liveStream } from "@/lib/live/stream";
import { ipFromHeaders } from "@/lib/request-ip";
import { unavailableResponse } from "@/lib/unavailable-response";

// Live messages for open public pages (lib/live/): with `poll=1` one JSON answer, for pages refused
// a stream or behind something that buffers it; otherwise a Server-Sent Events stream, which
// `npm start` serves from its own server instead (lib/server/live-streams.ts), so this route
// streams only under `next dev` or `next start`. Everything sent is public and the same for every
// reader of the channels.

export const dynamic = "force-dynamic";

async function poll(query: LiveQuery): Promise<Response> {
  try {
    if (query.after === null) return Response.json({ events: [], reset: false, latest: await latestLiveEventId(), pollSeconds: POLL_SECONDS }, { headers: noStore });
    const events = await liveEventsAfter(query.channels, query.after);
    const reset = events.length > REPLAY_LIMIT;
    return Response.json({ events: reset ? [] : events, reset, pollSeconds: POLL_SECONDS }, { headers: noStore });
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unavailableResponse();
    throw error;
  }
}

export async function GET(request: Request) {
  const query = readLiveQuery(new URL(request.url).searchParams, request.headers.get("last-event-id"));
  if (query?.poll) return poll(query);
  const answer = query ? admitLiveStream(query, ipFromHeaders(request.headers)) : badLiveRequest;
  if ("json" in answer) return Response.json(answer.json, { status: answer.status, headers: answer.headers });
  return new Response(liveStream({ ...answer.stream, signal: request.signal }), { status: answer.status, headers: answer.headers });
}

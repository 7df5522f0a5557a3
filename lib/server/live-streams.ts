import type { IncomingMessage, ServerResponse } from "node:http";

// Live streams (/api/live/events without poll=1) are served by Khabar's own server rather than
// Next's: a stream held open inside Next's request handling costs about 80 KB of memory, against
// almost none as a plain Node response, and an open page keeps one for as long as it is read.
// The stream's code runs with the app (lib/live/node-stream.ts hands itself over at start through
// this slot), so it shares the app's database pool and live bus.

export type ServeLiveStream = (request: IncomingMessage, response: ServerResponse, address: string) => Promise<void>;

const SLOT = Symbol.for("khabar.serveLiveStream");
const slot = globalThis as Record<symbol, ServeLiveStream | undefined>;

export function offerLiveStreams(serve: ServeLiveStream) {
  slot[SLOT] = serve;
}

/** The app's stream server, once it has started; until then Next's route serves streams. */
export function liveStreamServer(): ServeLiveStream | undefined {
  return slot[SLOT];
}

const EVENTS_PATH = "/api/live/events";

/** Whether a request opens a stream; a poll (poll=1) is a short query like any other. */
export function isLiveStream(url: string | undefined): boolean {
  const [path, query = ""] = (url ?? "/").split("?");
  return path === EVENTS_PATH && !/(^|&)poll=/.test(query);
}

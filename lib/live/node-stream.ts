import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { offerLiveStreams } from "@/lib/server/live-streams";
import { admitLiveStream, badLiveRequest, readLiveQuery } from "./live-request";
import { followLive } from "./stream";

/** A live stream written straight to Node's response, as Khabar's own server serves it. */
async function serveLiveStream(request: IncomingMessage, response: ServerResponse, address: string) {
  if (request.destroyed) return;
  const query = readLiveQuery(new URL(request.url ?? "/", "http://khabar.invalid").searchParams, request.headers["last-event-id"] as string | undefined);
  const answer = query ? admitLiveStream(query, address) : badLiveRequest;
  if ("json" in answer) {
    response.writeHead(answer.status, { ...answer.headers, "Content-Type": "application/json" });
    return void response.end(JSON.stringify(answer.json));
  }
  response.writeHead(answer.status, answer.headers);
  const stop = followLive(answer.stream, {
    write: (bytes) => response.write(bytes),
    behind: () => response.writableLength,
    end: () => response.end(),
  });
  response.once("close", stop);
}

/** Called once at start (instrumentation.ts): Khabar's own server serves streams from then on. */
export function serveLiveStreamsFromNode() {
  offerLiveStreams(serveLiveStream);
}

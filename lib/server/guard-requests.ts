import type { IncomingMessage, ServerResponse } from "node:http";
import { env } from "@/lib/env";
import { clientAddress, compileProxyTrust } from "./client-address";
import { isLiveStream, liveStreamServer } from "./live-streams";
import { MAX_WAIT_MS, shedLoad } from "./load-shedding";

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

/**
 * The request listener `npm start` serves (scripts/server.mjs): Next's `handle`, behind what only
 * code that sees each connection can do. It writes the client's address, worked out from the
 * connection and the proxies in TRUST_PROXY, as the request's only X-Forwarded-For (Next adds
 * none once the header is set, and lib/request-ip.ts reads it), then sheds load. Live streams
 * never reach Next (./live-streams.ts).
 */
export function guardRequests(handle: Handle) {
  const trust = compileProxyTrust(env.TRUST_PROXY);
  const handleOrShed = shedLoad(handle, {
    concurrency: env.MAX_CONCURRENT_UNCACHED,
    queue: env.MAX_QUEUED_UNCACHED,
    maxWaitMs: MAX_WAIT_MS,
  });
  return (request: IncomingMessage, response: ServerResponse) => {
    const address = clientAddress(request, trust);
    request.headers["x-forwarded-for"] = address;
    const serveStream = isLiveStream(request.url) ? liveStreamServer() : undefined;
    (serveStream ? serveStream(request, response, address) : handleOrShed(request, response)).catch((error: unknown) => {
      console.error("Unhandled request error", error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  };
}

import type { IncomingMessage, ServerResponse } from "node:http";
import { finished } from "node:stream/promises";
import pLimit from "p-limit";
import { ar } from "@/lib/i18n/site";
import { isLiveStream } from "./live-streams";

// Load shedding, per process: at most `concurrency` uncached requests are handled at once and at
// most `queue` wait for a turn, each for at most `maxWaitMs`; beyond that the answer is an
// immediate 503 with Retry-After, so an overloaded instance answers fast refusals instead of
// queuing every request until it times out and holding each one's memory meanwhile. The count is
// this process's own on purpose: what it protects is this process's one thread and its heap, and
// another instance's load says nothing about them (a front sends a refused request to another
// instance, deploy/nginx/khabar.conf's proxy_next_upstream). Cached pages are never counted.

export const BUSY_RETRY_AFTER_SECONDS = 2;
/** A request waits at most this long for a turn, so that it is answered within about a second either way. */
export const MAX_WAIT_MS = 500;

const STAFF_OR_ACCOUNT = /^\/(editor|moderation|admin|account|login|register)(\/|$)/;
// The health check and the scheduling clock's own tick must answer whatever the load.
const NEVER_SHED_API = /^\/api\/(health|internal)(\/|$)/;
const THREAD_PAGE = /^\/articles\/[^/]+\/comments\/?$/;
// A kept results page (/search/…) is counted too: a miss or a search that finds nothing renders.
const SEARCH = /^\/search(\/|$)/;

/** Whether a request is uncached work: anything but reading a public page, a feed, an image or a script. */
export function isUncachedWork(method: string | undefined, url: string | undefined): boolean {
  const [path = "/"] = (url ?? "/").split("?");
  // A live stream would hold a turn for as long as a reader stays; it is admitted by its own rules.
  if (NEVER_SHED_API.test(path) || isLiveStream(url)) return false;
  if (method !== "GET" && method !== "HEAD") return true;
  return SEARCH.test(path) || path.startsWith("/api/") || STAFF_OR_ACCOUNT.test(path) || THREAD_PAGE.test(path);
}

const busyPage = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ar.guardrails.busyTitle}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding-inline:1rem;line-height:1.8"><h1>${ar.guardrails.busyTitle}</h1><p>${ar.guardrails.busy}</p></body></html>`;

/** The refusal: an Arabic page for a browser, the message alone for a server action or the API. */
export function answerBusy(request: IncomingMessage, response: ServerResponse) {
  const forPage = request.headers["next-action"] === undefined && !request.url?.startsWith("/api/");
  // A server action's client shows a plain-text error's text as the error's message.
  const [type, body] = forPage ? ["text/html; charset=utf-8", busyPage] : ["text/plain; charset=utf-8", ar.guardrails.busy];
  // The connection closes too: a client that asks again at once pays for a new one, which slows a
  // flood of retries more than it slows the work under way.
  response.writeHead(503, {
    "Content-Type": type,
    "Retry-After": String(BUSY_RETRY_AFTER_SECONDS),
    "Cache-Control": "no-store",
    Connection: "close",
  });
  response.end(request.method === "HEAD" ? undefined : body);
}

export interface SheddingLimits {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

type Handle = (request: IncomingMessage, response: ServerResponse) => Promise<unknown>;

/** Wraps `handle` so that uncached work waits its turn or is refused at once. */
export function shedLoad(handle: Handle, { concurrency, queue, maxWaitMs }: SheddingLimits): Handle {
  const limit = pLimit(concurrency);
  return async (request, response) => {
    if (!isUncachedWork(request.method, request.url)) return handle(request, response);
    if (limit.activeCount >= concurrency && limit.pendingCount >= queue) return answerBusy(request, response);
    const queuedAt = performance.now();
    return limit(async () => {
      if (response.closed) return;
      if (performance.now() - queuedAt > maxWaitMs) return answerBusy(request, response);
      await handle(request, response);
      // A turn lasts until the response is sent, streamed pages included (or the client has gone).
      await finished(response).catch(() => undefined);
    });
  };
}

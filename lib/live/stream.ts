import "server-only";
import { liveEventsAfter, REPLAY_LIMIT } from "@/lib/dal/live-events";
import { liveBus } from "./bus";
import type { LiveEvent } from "./events";

// One reader's Server-Sent Events stream: what its channels were told after the id it has seen,
// then every new message as it comes, with a comment line now and then so that proxies and
// browsers keep an idle connection open.

const HEARTBEAT_MS = 20_000;
/** How long a browser waits before it reconnects on its own (the page's script backs off further). */
const RECONNECT_MS = 3_000;
const encoder = new TextEncoder();

// A message goes to every open stream of the channel as one object: it is encoded once for all.
const encoded = new WeakMap<LiveEvent, Uint8Array>();

function eventBytes(event: LiveEvent): Uint8Array {
  let bytes = encoded.get(event);
  if (!bytes) encoded.set(event, (bytes = encoder.encode(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`)));
  return bytes;
}

// One timer beats for every open stream of the process.
const beating = new Set<() => void>();
let heartbeat: ReturnType<typeof setInterval> | null = null;

function beatWhileOpen(beat: () => void): () => void {
  beating.add(beat);
  heartbeat ??= setInterval(() => beating.forEach((each) => each()), HEARTBEAT_MS);
  return () => {
    beating.delete(beat);
    if (beating.size > 0 || !heartbeat) return;
    clearInterval(heartbeat);
    heartbeat = null;
  };
}

/** `after`: the last message the reader has; null when it starts from now (nothing is replayed). */
export function liveStream(options: { channels: string[]; after: number | null; signal: AbortSignal; onClose: () => void }): ReadableStream<Uint8Array> {
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      // What the replay sent (at most REPLAY_LIMIT ids): the same message heard live, even late, goes no second time.
      const replayed = new Set<number>();
      let pending: LiveEvent[] | null = [];
      let closed = false;
      const write = (chunk: string | Uint8Array) => {
        if (closed) return;
        try {
          controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
        } catch {
          close();
        }
      };
      const send = (event: LiveEvent) => {
        if (!replayed.has(event.id)) write(eventBytes(event));
      };
      const unsubscribe = liveBus().subscribe(options.channels, (event) => (pending ? pending.push(event) : send(event)));
      const stopBeating = beatWhileOpen(() => write(": \n\n"));
      close = () => {
        if (closed) return;
        closed = true;
        stopBeating();
        unsubscribe();
        options.onClose();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      if (options.signal.aborted) return close();
      options.signal.addEventListener("abort", close, { once: true });

      write(`retry: ${RECONNECT_MS}\n\n`);
      try {
        // Heard from here on, or read now: nothing falls between the two.
        await liveBus().listening();
        const missed = options.after === null ? [] : await liveEventsAfter(options.channels, options.after);
        // Too much to replay: the page reloads its state instead.
        if (missed.length > REPLAY_LIMIT) {
          write(`event: reset\ndata: {}\n\n`);
        } else {
          for (const event of missed) {
            send(event);
            replayed.add(event.id);
          }
        }
      } catch (error) {
        console.error("Live stream could not replay missed messages", error);
        close();
        return;
      }
      const arrived = pending;
      pending = null;
      arrived.sort((a, b) => a.id - b.id).forEach(send);
    },
    cancel() {
      close();
    },
  });
}

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

export const eventText = (event: LiveEvent) => `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;

export function liveStream(options: { channels: string[]; after: number; signal: AbortSignal; onClose: () => void }): ReadableStream<Uint8Array> {
  let close = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const sent = new Set<number>();
      let pending: LiveEvent[] | null = [];
      let closed = false;
      const write = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (event: LiveEvent) => {
        if (sent.has(event.id)) return;
        sent.add(event.id);
        write(eventText(event));
      };
      const unsubscribe = liveBus().subscribe(options.channels, (event) => (pending ? pending.push(event) : send(event)));
      const heartbeat = setInterval(() => write(": \n\n"), HEARTBEAT_MS);
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        options.onClose();
        try {
          controller.close();
        } catch {
          // Already closed by the reader going away.
        }
      };
      options.signal.addEventListener("abort", close, { once: true });

      write(`retry: ${RECONNECT_MS}\n\n`);
      try {
        const missed = await liveEventsAfter(options.channels, options.after);
        // Too much to replay: the page reloads its state instead.
        if (missed.length > REPLAY_LIMIT) write(`event: reset\ndata: {}\n\n`);
        else missed.forEach(send);
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

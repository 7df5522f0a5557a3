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
/** A reader this far behind (a stalled connection) is let go: it reconnects and catches up from the database. */
const MAX_BEHIND_BYTES = 1_000_000;
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

/** Where a reader's messages are written: Node's response, or a web stream's controller. */
export interface LiveSink {
  write(bytes: Uint8Array): void;
  /** Bytes written but not yet taken by the reader's connection. */
  behind(): number;
  end(): void;
}

export interface LiveOptions {
  channels: string[];
  /** The last message the reader has; null when it starts from now (nothing is replayed). */
  after: number | null;
  /** Called once when the stream ends, for whatever reason. */
  onClose: () => void;
  maxBehindBytes?: number;
}

/**
 * Writes the channels' messages to `sink` until the returned function is called (the reader has
 * gone) or the reader falls too far behind (the sink is ended: the page reconnects and catches up).
 */
export function followLive({ maxBehindBytes = MAX_BEHIND_BYTES, ...options }: LiveOptions, sink: LiveSink): () => void {
  // What the replay sent (at most REPLAY_LIMIT ids): the same message heard live, even late, goes no second time.
  const replayed = new Set<number>();
  let pending: LiveEvent[] | null = [];
  let closed = false;
  const write = (chunk: string | Uint8Array) => {
    if (closed) return;
    if (sink.behind() > maxBehindBytes) return close();
    try {
      sink.write(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
    } catch {
      close();
    }
  };
  const send = (event: LiveEvent) => {
    if (!replayed.has(event.id)) write(eventBytes(event));
  };
  const unsubscribe = liveBus().subscribe(options.channels, (event) => (pending ? pending.push(event) : send(event)));
  const stopBeating = beatWhileOpen(() => write(": \n\n"));
  function close() {
    if (closed) return;
    closed = true;
    stopBeating();
    unsubscribe();
    options.onClose();
    try {
      sink.end();
    } catch {
      // Already closed by the reader going away.
    }
  }

  write(`retry: ${RECONNECT_MS}\n\n`);
  void (async () => {
    try {
      // Heard from here on, or read now: nothing falls between the two.
      await liveBus().listening();
      const missed = options.after === null || closed ? [] : await liveEventsAfter(options.channels, options.after);
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
      return close();
    }
    const arrived = pending;
    pending = null;
    arrived.sort((a, b) => a.id - b.id).forEach(send);
  })();
  return close;
}

/** The same as a web stream, for Next's route; it ends when `signal` aborts or the stream is cancelled. */
export function liveStream(options: LiveOptions & { signal: AbortSignal }): ReadableStream<Uint8Array> {
  let stop = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        if (options.signal.aborted) return void (options.onClose(), controller.close());
        stop = followLive(options, { write: (bytes) => controller.enqueue(bytes), behind: () => -(controller.desiredSize ?? 0), end: () => controller.close() });
        options.signal.addEventListener("abort", stop, { once: true });
      },
      cancel() {
        stop();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 0 }),
  );
}

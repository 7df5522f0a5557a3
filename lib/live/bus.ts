import "server-only";
import { EventEmitter } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "redis";
import { listenForLiveEvents, loadLiveEvents, notifyLiveEvents } from "@/lib/dal/live-events";
import { env } from "@/lib/env";
import type { LiveEvent } from "./events";

// Tells every instance that messages were recorded (lib/dal/live-events.ts), and hands them to
// the open streams of this instance. Only ids travel: each instance reads the messages once
// from the database and writes them to all of its streams. The carrier is Redis pub/sub when
// REDIS_URL is set, PostgreSQL LISTEN/NOTIFY on a database server, and the process itself on
// embedded PGlite, which belongs to one process.

type Listener = (event: LiveEvent) => void;

interface Carrier {
  send(ids: number[]): Promise<void>;
  /** Settles once this instance hears what others send. */
  listening: Promise<unknown>;
}

/** How long a stream waits for the carrier to listen before it replays anyway (Redis or the database away). */
const LISTENING_WAIT_MS = 2_000;

class LiveBus {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly carrier: Carrier;

  constructor() {
    this.carrier = env.REDIS_URL ? this.overRedis(env.REDIS_URL) : env.DATABASE_URL ? this.overPostgres(env.DATABASE_URL) : this.inProcess();
  }

  /** Sends recorded messages to every instance's open streams; never throws (pages catch up on reconnect). */
  async announce(ids: number[]) {
    if (ids.length === 0) return;
    await this.carrier.send(ids).catch((error) => console.error("Live messages could not be announced", error));
  }

  /**
   * Resolves once messages sent from now on will be heard here (or after a short wait when the
   * carrier is away): what was recorded before then, a stream reads from the database.
   */
  listening(): Promise<unknown> {
    return Promise.race([this.carrier.listening.catch(() => {}), sleep(LISTENING_WAIT_MS)]);
  }

  /** Calls `listener` with every message on these channels from now on; returns the unsubscribe. */
  subscribe(channels: string[], listener: Listener): () => void {
    for (const channel of channels) this.local.on(channel, listener);
    return () => {
      for (const channel of channels) this.local.off(channel, listener);
    };
  }

  private async deliver(ids: number[]) {
    try {
      for (const event of await loadLiveEvents(ids)) this.local.emit(event.channel, event);
    } catch (error) {
      console.error("Live messages could not be read", error);
    }
  }

  private inProcess(): Carrier {
    return { send: async (ids) => void queueMicrotask(() => void this.deliver(ids)), listening: Promise.resolve() };
  }

  private overPostgres(url: string): Carrier {
    const listening = listenForLiveEvents(url, (ids) => void this.deliver(ids));
    return { send: notifyLiveEvents, listening };
  }

  private overRedis(url: string): Carrier {
    const channel = `${env.REDIS_KEY_PREFIX}:live`;
    const publisher = createClient({ url });
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on("error", (error) => console.error("Live channel (Redis):", error.message));
    const listening = subscriber.connect().then(() => subscriber.subscribe(channel, (payload) => void this.deliver(parseIds(payload))));
    listening.catch(() => {}); // the client's error handler reports it
    const connected = publisher.connect().catch(() => {});
    return {
      send: async (ids) => {
        await connected;
        await publisher.publish(channel, ids.join(","));
      },
      listening,
    };
  }
}

function parseIds(payload: string): number[] {
  return payload.split(",").map(Number).filter(Number.isSafeInteger);
}

const globalForLive = globalThis as unknown as { khabarLiveBus?: LiveBus };

export function liveBus(): LiveBus {
  globalForLive.khabarLiveBus ??= new LiveBus();
  return globalForLive.khabarLiveBus;
}

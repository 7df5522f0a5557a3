import "server-only";
import { EventEmitter } from "node:events";
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
}

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
    return { send: async (ids) => void queueMicrotask(() => void this.deliver(ids)) };
  }

  private overPostgres(url: string): Carrier {
    listenForLiveEvents(url, (ids) => void this.deliver(ids));
    return { send: notifyLiveEvents };
  }

  private overRedis(url: string): Carrier {
    const channel = `${env.REDIS_KEY_PREFIX}:live`;
    const publisher = createClient({ url });
    const subscriber = publisher.duplicate();
    for (const client of [publisher, subscriber]) client.on("error", (error) => console.error("Live channel (Redis):", error.message));
    void subscriber
      .connect()
      .then(() => subscriber.subscribe(channel, (payload) => void this.deliver(parseIds(payload))))
      .catch(() => {});
    const connected = publisher.connect().catch(() => {});
    return {
      send: async (ids) => {
        await connected;
        await publisher.publish(channel, ids.join(","));
      },
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

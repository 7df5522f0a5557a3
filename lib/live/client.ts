import type { LiveEvent } from "./events";

// The page's one connection to the live messages (app/api/live/events), shared by every island
// on it: each subscribes to a channel with the newest message its server-rendered state has
// seen, and gets every later one, once. A dropped stream is caught up by one poll and reopened
// with growing pauses; a refused or failing one leaves the page polling every 20 s or so. A tab
// hidden for a while, or a device gone offline, lets its stream go, and catches up when it is
// looked at again or back online.

type Handler = (event: LiveEvent | { kind: "reset" }) => void;
interface Subscription {
  channel: string;
  /** The newest message the island's state reflects; null for "whatever comes from now on". */
  since: number | null;
  handler: Handler;
}

const ENDPOINT = "/api/live/events";
const POLL_MS = 20_000;
const MAX_BACKOFF_MS = 30_000;
/** Failures in a row after which the page polls instead of streaming (and tries a stream now and then). */
const FAILURES_BEFORE_POLLING = 3;
const HIDDEN_FOR_MS = 5 * 60_000;
const REMEMBERED_IDS = 1_000;

const jitter = (ms: number) => ms * (0.8 + Math.random() * 0.4);

class LiveConnection {
  private readonly subscriptions = new Set<Subscription>();
  private readonly delivered = new Set<number>();
  private after: number | null = null;
  private source: EventSource | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = false;
  private hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  private followingTab = false;

  subscribe(channel: string, since: number | null, handler: Handler): () => void {
    const subscription = { channel, since, handler };
    this.subscriptions.add(subscription);
    if (since !== null) this.after = this.after === null ? since : Math.min(this.after, since);
    this.followTab();
    this.reopenSoon(0);
    return () => {
      this.subscriptions.delete(subscription);
      if (this.subscriptions.size === 0) this.stop();
      else this.reopenSoon(0);
    };
  }

  private channels() {
    return [...new Set([...this.subscriptions].map((s) => s.channel))].sort().join(",");
  }

  private url(poll: boolean) {
    // Without `after` the server starts from its newest message.
    const after = this.after === null ? "" : `&after=${this.after}`;
    return `${ENDPOINT}?channels=${encodeURIComponent(this.channels())}${after}${poll ? "&poll=1" : ""}`;
  }

  private receive(event: LiveEvent) {
    if (this.delivered.has(event.id)) return;
    this.delivered.add(event.id);
    if (this.delivered.size > REMEMBERED_IDS) this.delivered.delete(this.delivered.values().next().value!);
    this.after = Math.max(this.after ?? 0, event.id);
    for (const subscription of this.subscriptions) {
      if (subscription.channel === event.channel && event.id > (subscription.since ?? 0)) subscription.handler(event);
    }
  }

  private reset() {
    for (const subscription of this.subscriptions) subscription.handler({ kind: "reset" });
  }

  private reopenSoon(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.open(), delay);
  }

  private open() {
    this.source?.close();
    this.source = null;
    if (this.subscriptions.size === 0 || this.stopped) return;
    if (this.failures >= FAILURES_BEFORE_POLLING && this.failures % 5 !== 0) {
      void this.poll().finally(() => this.retry());
      return;
    }
    const source = new EventSource(this.url(false));
    this.source = source;
    source.onopen = () => (this.failures = 0);
    source.onmessage = (message) => this.receive(JSON.parse(message.data) as LiveEvent);
    source.addEventListener("reset", () => this.reset());
    source.onerror = () => {
      source.close();
      if (this.source !== source) return;
      this.source = null;
      // Whatever the stream missed while it was down, one poll brings.
      void this.poll().finally(() => this.retry());
    };
  }

  private retry() {
    this.failures++;
    const backoff = this.failures >= FAILURES_BEFORE_POLLING ? POLL_MS : Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** this.failures);
    this.reopenSoon(jitter(backoff));
  }

  private async poll() {
    try {
      const response = await fetch(this.url(true), { cache: "no-store" });
      if (!response.ok) return;
      const answer = (await response.json()) as { events: LiveEvent[]; reset: boolean; latest?: number };
      // A page that started from "now" learns where now is, and asks from there next time.
      if (answer.latest !== undefined) this.after ??= answer.latest;
      if (answer.reset) this.reset();
      answer.events.forEach((event) => this.receive(event));
    } catch {
      // Offline: the next attempt tries again.
    }
  }

  private stop() {
    clearTimeout(this.timer);
    this.source?.close();
    this.source = null;
  }

  private pause() {
    this.stopped = true;
    this.stop();
  }

  private resume() {
    if (!this.stopped) return;
    this.stopped = false;
    this.failures = 0;
    void this.poll().finally(() => this.reopenSoon(0));
  }

  private followTab() {
    if (this.followingTab) return;
    this.followingTab = true;
    document.addEventListener("visibilitychange", () => {
      clearTimeout(this.hiddenTimer);
      if (document.hidden) this.hiddenTimer = setTimeout(() => this.pause(), HIDDEN_FOR_MS);
      else if (navigator.onLine) this.resume();
    });
    window.addEventListener("offline", () => this.pause());
    window.addEventListener("online", () => {
      if (!document.hidden) this.resume();
    });
  }
}

let connection: LiveConnection | null = null;

/** Calls `handler` with every message on `channel` after `since`; returns the unsubscribe. */
export function subscribeLive(channel: string, since: number | null, handler: Handler): () => void {
  connection ??= new LiveConnection();
  return connection.subscribe(channel, since, handler);
}

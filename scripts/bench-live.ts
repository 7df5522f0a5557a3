import { spawn } from "node:child_process";
import { get, type ClientRequest } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { isNotNull, max } from "drizzle-orm";
import { connectPostgres } from "@/db/client";
import { articles } from "@/db/schema/articles";
import { liveEvents } from "@/db/schema/live";
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { dropRedisKeys, localRedisUrl } from "@/e2e/harness/redis";
import { storyChannel } from "@/lib/live/events";
import { ensureBuild } from "./build-if-changed";
import { startAppServer, type AppServer } from "./cluster/app-server";
import { check, machineLoad, percentile, treeCpuSeconds, treeRssMb } from "./bench-report";

// npm run bench:live: open live pages under a breaking story, in one run on one machine
// (DATABASE_URL; Redis for the two-instance part). READERS Server-Sent Events streams follow the
// demo's live coverage while the editor posts an update every 2 s for a minute; halfway through,
// a tenth of the readers lose their connection and reconnect with Last-Event-ID, as a browser
// does. Reported: delivery latency from the editor's write to each reader (p50/p99, beside one
// lone reader's in the same run), server CPU and RSS (beside the idle server's), and messages
// lost or shown twice. Every reader must get every update exactly once.

const READERS = Number(process.env.BENCH_READERS ?? 2_000);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 30);
const RECONNECTING = 0.1;

if (!process.env.DATABASE_URL) throw new Error("bench:live needs DATABASE_URL: instances share a PostgreSQL server");
await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-live-"));
const label = `bench_live_${process.pid}`;
const database = await prepareSeededDatabase(label);
const prefix = `khabar-bench-live-${process.pid}`;
const redis = { REDIS_URL: localRedisUrl(), REDIS_KEY_PREFIX: prefix };
// One load generator is one address: the per-address stream limit is lifted for this run.
const serverEnv = { ...database, LIVE_MAX_STREAMS_PER_ADDRESS: String(READERS), LIVE_MAX_STREAMS: String(READERS) };
const stops: (() => unknown)[] = [];

const probe = connectPostgres(database.DATABASE_URL!, { max: 1 });
const [story] = await probe.db.select({ id: articles.id }).from(articles).where(isNotNull(articles.coverageStartedAt));
const channel = storyChannel(story!.id);
stops.push(() => probe.close());

async function latestLiveEventId(): Promise<number> {
  const [row] = await probe.db.select({ id: max(liveEvents.id) }).from(liveEvents);
  return row?.id ?? 0;
}

/** One open live page: its stream, reopened with Last-Event-ID when it drops, as EventSource does. */
class Reader {
  readonly received = new Map<number, number[]>();
  private lastEventId: string | null = null;
  private request: ClientRequest | null = null;
  /** Bumped on each connection: what a dropped one still had in flight is not read, as EventSource reads none. */
  private connection = 0;
  open = false;

  /** `since`: the newest message the page's server-rendered state reflects, as a story page names it. */
  constructor(
    private readonly origin: string,
    private readonly since: number,
  ) {}

  connect() {
    const connection = ++this.connection;
    const headers = this.lastEventId ? { "last-event-id": this.lastEventId } : undefined;
    this.request = get(`${this.origin}/api/live/events?channels=${channel}&after=${this.since}`, { agent: false, headers }, (response) => {
      this.open = response.statusCode === 200;
      let buffer = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        if (connection !== this.connection) return;
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          this.handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      });
    });
    this.request.on("error", () => {});
  }

  private handle(block: string) {
    const id = /^id: (\d+)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (!id || !data) return;
    this.lastEventId = id;
    const event = JSON.parse(data) as { kind: string; update?: { id: number } };
    if (event.kind !== "update") return;
    const at = Date.now();
    this.received.set(event.update!.id, [...(this.received.get(event.update!.id) ?? []), at]);
  }

  /** The connection drops; the page reconnects at once, naming the last message it got. */
  drop() {
    this.request?.destroy();
    this.open = false;
    this.connect();
  }

  close() {
    this.request?.destroy();
  }
}

/** The editor posting: each update's id and the time it was sent, as the child reports them. */
async function postUpdates(env: Record<string, string>, count: number, onSent: (sent: number) => void): Promise<Map<number, number>> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench-live-editor.ts"], {
    env: { ...process.env, ...env, BENCH_UPDATES: String(count) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  stops.push(() => child.kill());
  const sent = new Map<number, number>();
  for await (const line of createInterface({ input: child.stdout! })) {
    const { updateId, sentAt } = JSON.parse(line) as { updateId: number; sentAt: number };
    sent.set(updateId, sentAt);
    onSent(sent.size);
  }
  return sent;
}

async function openReaders(origins: string[], count: number): Promise<Reader[]> {
  const since = await latestLiveEventId();
  const readers = Array.from({ length: count }, (_, index) => new Reader(origins[index % origins.length]!, since));
  for (let start = 0; start < readers.length; start += 100) {
    readers.slice(start, start + 100).forEach((reader) => reader.connect());
    await sleep(50);
  }
  const deadline = Date.now() + 90_000;
  while (readers.some((reader) => !reader.open) && Date.now() < deadline) await sleep(100);
  return readers;
}

/** One scenario: `readers` pages over `servers`, the editor posting `updates` times. */
async function run(name: string, servers: AppServer[], env: Record<string, string>, readerCount: number, updates: number) {
  const idle = servers.reduce((sum, server) => sum + treeRssMb(server.process.pid!), 0);
  const readers = await openReaders(
    servers.map((server) => server.url),
    readerCount,
  );
  const opened = readers.filter((reader) => reader.open).length;
  const cpuBefore = servers.reduce((sum, server) => sum + treeCpuSeconds(server.process.pid!), 0);
  const startedAt = Date.now();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, servers.reduce((sum, server) => sum + treeRssMb(server.process.pid!), 0))), 1_000);
  const dropped = readers.slice(0, Math.round(readers.length * RECONNECTING));
  const sent = await postUpdates(env, updates, (n) => {
    if (n === Math.floor(updates / 2)) dropped.forEach((reader) => reader.drop());
  });
  await sleep(3_000);
  clearInterval(sampler);
  const cpu = servers.reduce((sum, server) => sum + treeCpuSeconds(server.process.pid!), 0) - cpuBefore;
  const seconds = (Date.now() - startedAt) / 1_000;

  const latencies: number[] = [];
  let lost = 0;
  let twice = 0;
  for (const reader of readers) {
    for (const [updateId, sentAt] of sent) {
      const times = reader.received.get(updateId) ?? [];
      if (times.length === 0) lost++;
      if (times.length > 1) twice++;
      if (times[0]) latencies.push(times[0] - sentAt);
    }
    reader.close();
  }
  return {
    scenario: name,
    readers: `${opened}/${readerCount}`,
    "p50 ms": percentile(latencies, 50),
    "p99 ms": percentile(latencies, 99),
    "CPU % of a core": Math.round((cpu / seconds) * 100),
    "RSS MB (idle → peak)": `${Math.round(idle)} → ${Math.round(peakRss)}`,
    lost,
    "shown twice": twice,
  };
}

try {
  const rows = [];
  const alone = await startAppServer(serverEnv, join(dir, "alone.log"));
  stops.push(alone.stop);
  rows.push(await run("one reader (baseline)", [alone], database, 1, 5));
  rows.push(await run(`one instance, ${READERS} readers`, [alone], database, READERS, UPDATES));
  alone.stop();
  const pair = [await startAppServer({ ...serverEnv, ...redis }, join(dir, "a.log")), await startAppServer({ ...serverEnv, ...redis }, join(dir, "b.log"))];
  stops.push(...pair.map((server) => server.stop));
  rows.push(await run(`two instances over Redis, ${READERS} readers`, pair, { ...database, ...redis }, READERS, UPDATES));
  console.table(rows);
  console.log(machineLoad());
  const [baseline, ...loaded] = rows;
  for (const row of loaded) {
    console.log(`${row.scenario}: p99 ${(row["p99 ms"] / Math.max(1, baseline!["p99 ms"])).toFixed(1)}× the lone reader's`);
    check(row.lost === 0 && row["shown twice"] === 0, `${row.scenario}: every reader got every update exactly once`, `${row.lost} lost, ${row["shown twice"]} twice`);
  }
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) stop();
  await dropRedisKeys(redis.REDIS_URL, prefix);
  await dropSeededDatabase(label);
  process.exit();
}

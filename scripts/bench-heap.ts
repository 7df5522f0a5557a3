import { tmpdir } from "node:os";
import { join } from "node:path";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath, searchPath } from "@/lib/routes";
import { machineLoad, sideBySide, treeRssMb } from "./bench-report";
import { ensureBuild } from "./build-if-changed";
import { startAppServer } from "./cluster/app-server";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench:heap: the cost of V8 heap flags for `npm start`'s server, side by side in one run.
// Servers share one seeded database, one with V8's defaults and the others with flags, the last
// being those `npm start` uses; wrk loads each in turn (a cached story and a search results
// page), round after round, and each row's ratio to the defaults is the median of its rounds' ratios. Then each
// server's resident memory after the load.

const VARIANTS: Record<string, string[]> = {
  "V8's defaults": [],
  "small young generation": ["--max-semi-space-size=2"],
  "npm start's: and old generation grown by a fifth": SERVER_V8_FLAGS,
};
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
// A kept page is never shed: 32 connections keep a server busy with it.
const STORY_CONNECTIONS = 32;
// The search renders on every request, and the load shedder refuses renders beyond those it runs at
// once and queues: the search is loaded with as many connections as each server is told to run.
const RENDERS_AT_ONCE = 2;

// Servers share a database, which the embedded one cannot be.
if (!process.env.DATABASE_URL) throw new Error("bench:heap needs DATABASE_URL: its servers share one PostgreSQL database");
await ensureBuild();
const label = `bench_heap_${process.pid}`;
const database = await prepareSeededDatabase(label);
const servers = await Promise.all(
  Object.entries(VARIANTS).map(async ([name, flags], index) => ({
    name,
    ...(await startAppServer(
      { ...database, MAX_CONCURRENT_UNCACHED: String(RENDERS_AT_ONCE) },
      join(tmpdir(), `khabar-bench-heap-${process.pid}-${index}.log`),
      { nodeFlags: flags },
    )),
  })),
);
try {
  // A search with dates renders each time; a plain one is a kept page after its first request.
  const pages = [
    { page: "story", path: articlePath(slugify(seedArticle.headline)), connections: STORY_CONNECTIONS },
    { page: "search page", path: searchPath({ q: "سوريا", from: "2000-01-01" }), connections: RENDERS_AT_ONCE },
  ];
  const rows = [];
  for (const { page, path, connections } of pages) {
    const results = sideBySide(servers.map((server) => server.url + path), ROUNDS, { seconds: SECONDS, threads: 1, connections });
    for (const [index, server] of servers.entries()) {
      const { perSecond, ratio, p99 } = results[index]!;
      rows.push({ page, server: server.name, "req/s": Math.round(perSecond), "vs defaults": Number(ratio.toFixed(3)), "p99 ms": p99 });
    }
  }
  console.table(rows);
  console.log(`RSS after the load: ${servers.map((server) => `${server.name} ${Math.round(treeRssMb(server.process.pid!))} MB`).join(", ")}; ${machineLoad()}`);
} finally {
  for (const server of servers) server.stop();
  await dropSeededDatabase(label);
}

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { articlePath, searchPath } from "@/lib/routes";
import { ensureBuild } from "./build-if-changed";
import { machineLoad, median, wrk } from "./bench-report";
import { freePort, startAppServer, type AppServer } from "./cluster/app-server";

// npm run bench:shed: search, and the seed story, under overload (wrk, 256 connections, 10 s timeout) against plain
// `next start`, as `npm start` served before load shedding (the baseline), and against `npm start`'s
// server with its default limits (lib/server/load-shedding.ts). Each measurement gets a fresh
// server, so its peak RSS is its own; rounds alternate the two, and each ratio is the median of
// the ratios to the baseline measured in the same round. Needs DATABASE_URL and wrk.

const CONNECTIONS = 256;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

if (!process.env.DATABASE_URL) throw new Error("bench:shed needs DATABASE_URL: each measurement starts a server on one database");
await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-shed-"));
const label = `bench_shed_${process.pid}`;
const database = await prepareSeededDatabase(label);
// A search with dates renders each time (a plain one is a kept page after its first request): uncached
// work, shed under overload. A story is cached, never shed.
const paths = { search: searchPath({ q: "سوريا", from: "2000-01-01" }), story: articlePath(slugify(seedArticle.headline)) };

/** Plain `next start` on loopback, as before: resolves once /api/health answers. */
async function startNextAlone(): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...database, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) },
    stdio: "ignore",
  });
  const stop = () => void child.kill("SIGKILL");
  for (let attempt = 0; attempt < 240; attempt++) {
    if ((await fetch(`${url}/api/health`).then((response) => response.status, () => 0)) === 200) return { url, process: child, stop };
    await sleep(250);
  }
  stop();
  throw new Error("next start did not answer within 60 s");
}

const targets: Record<string, () => Promise<AppServer>> = {
  "`next start` (before)": startNextAlone,
  "`npm start`, shedding load": () => startAppServer(database, join(dir, "server.log")),
};

function peakRssMb(pid: number): number {
  return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
}

async function measure(start: () => Promise<AppServer>, path: string) {
  const server = await start();
  try {
    for (let warm = 0; warm < 5; warm++) await fetch(server.url + path).then((response) => response.text());
    const run = wrk(server.url + path, { seconds: SECONDS, connections: CONNECTIONS, timeout: "10s" });
    return {
      "req/s": run.perSecond,
      "200/s": (run.requests - run.errors) / SECONDS,
      "503/s": run.errors / SECONDS,
      timeouts: run.timeouts,
      "p99 ms": run.p99,
      "peak RSS MB": peakRssMb(server.process.pid!),
    };
  } finally {
    server.stop();
    await sleep(1_000);
  }
}

type Figures = Awaited<ReturnType<typeof measure>>;
try {
  for (const [page, path] of Object.entries(paths)) {
    const rounds: Record<string, Figures>[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const figures: Record<string, Figures> = {};
      for (const [name, start] of Object.entries(targets)) figures[name] = await measure(start, path);
      rounds.push(figures);
    }
    const [baseline] = Object.keys(targets);
    const rows = Object.keys(targets).flatMap((name) => {
      const runs = rounds.map((round) => round[name]!);
      const medianOf = (key: keyof Figures) => median(runs.map((run) => run[key]));
      const ratioOf = (key: keyof Figures) =>
        median(rounds.map((round) => (round[baseline!]![key] === 0 ? NaN : round[name]![key] / round[baseline!]![key])));
      return (["req/s", "200/s", "503/s", "timeouts", "p99 ms", "peak RSS MB"] as const).map((key) => ({
        target: name,
        figure: key,
        median: Math.round(medianOf(key) * 10) / 10,
        rounds: runs.map((run) => Math.round(run[key])).join(" / "),
        "vs before": Number(ratioOf(key).toFixed(3)),
      }));
    });
    console.log(`The ${page} (${path}) under ${CONNECTIONS} connections, ${SECONDS} s per measurement, ${ROUNDS} rounds:`);
    console.table(rows);
  }
  console.log(machineLoad());
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await dropSeededDatabase(label);
  process.exit();
}

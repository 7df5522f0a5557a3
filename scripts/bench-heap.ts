import { execFileSync, spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath, searchPath } from "@/lib/routes";
import { machineLoad, median } from "./bench-report";
import { ensureBuild } from "./build-if-changed";
import { freePort } from "./cluster/app-server";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench:heap: the cost of V8 heap flags for `npm start`'s server, side by side in one run.
// Servers share one seeded database, one with V8's defaults and the others with flags, the last
// being those `npm start` uses; wrk loads each in turn (a cached story and a search results page), round after
// round, and each row's ratio to the defaults is the median of its rounds' ratios. Then each
// server's resident memory after the load.

const VARIANTS: Record<string, string[]> = {
  "V8's defaults": [],
  "small young generation": ["--max-semi-space-size=2"],
  "npm start's: and old generation grown by a fifth": SERVER_V8_FLAGS,
};
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

function wrk(url: string) {
  const out = execFileSync("wrk", ["-t1", "-c32", `-d${SECONDS}s`, "--latency", url], { encoding: "utf8" });
  const [, value, unit] = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out) ?? [];
  return {
    requests: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]),
    p99: Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1),
  };
}

const rssMb = (pid: number) => {
  const status = execFileSync("cat", [`/proc/${pid}/status`], { encoding: "utf8" });
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
};

// Servers share a database, which the embedded one cannot be.
if (!process.env.DATABASE_URL) throw new Error("bench:heap needs DATABASE_URL: its servers share one PostgreSQL database");
await ensureBuild();
const label = `bench_heap_${process.pid}`;
const database = await prepareSeededDatabase(label);
const servers = await Promise.all(
  Object.entries(VARIANTS).map(async ([name, flags]) => {
    const port = await freePort();
    const child = spawn(process.execPath, [...flags, "scripts/server.mjs"], {
      env: { ...process.env, ...database, HOSTNAME: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    return { name, child, url: `http://127.0.0.1:${port}` };
  }),
);
try {
  for (const server of servers) {
    while ((await fetch(`${server.url}/api/health`).then((response) => response.status, () => 0)) !== 200) await sleep(250);
  }
  const pages = { story: articlePath(slugify(seedArticle.headline)), "search page": searchPath({ q: "سوريا" }) };
  const rows = [];
  for (const [page, path] of Object.entries(pages)) {
    for (const server of servers) wrk(server.url + path); // warm
    const rounds = Array.from({ length: ROUNDS }, () => servers.map((server) => wrk(server.url + path)));
    for (const [index, server] of servers.entries()) {
      rows.push({
        page,
        server: server.name,
        "req/s": Math.round(median(rounds.map((round) => round[index]!.requests))),
        "vs defaults": Number(median(rounds.map((round) => round[index]!.requests / round[0]!.requests)).toFixed(3)),
        "p99 ms": median(rounds.map((round) => round[index]!.p99)),
      });
    }
  }
  console.table(rows);
  console.log(`RSS after the load: ${servers.map((server) => `${server.name} ${rssMb(server.child.pid!)} MB`).join(", ")}; ${machineLoad()}`);
} finally {
  for (const server of servers) server.child.kill("SIGKILL");
  await dropSeededDatabase(label);
}

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench: serves the production build (run `npm run build` first) on a demo newsroom
// seeded for the run (on the server in DATABASE_URL, else embedded), then loads the home page
// and the seed story with autocannon.
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const base = `http://127.0.0.1:${PORT}`;

const databaseEnv = await prepareSeededDatabase("bench");
const server = spawn(process.execPath, [...SERVER_V8_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
  env: { ...process.env, ...databaseEnv, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});

function peakRssMb(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean);
  const own = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  return own + children.reduce((sum, child) => sum + peakRssMb(Number(child)), 0);
}

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("The server did not start");
}

async function javaScriptShipped(path: string) {
  const html = await (await fetch(base + path)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  let gzipped = 0;
  for (const src of new Set(scripts)) {
    gzipped += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  }
  const thirdParty = scripts.filter((src) => /^https?:/.test(src) && !src.startsWith(base));
  return { scripts: new Set(scripts).size, gzippedKb: Math.round(gzipped / 102.4) / 10, thirdParty };
}

async function load(name: string, path: string) {
  await autocannon({ url: base + path, connections: CONNECTIONS, duration: 3 }); // warm the cache
  const result = await autocannon({ url: base + path, connections: CONNECTIONS, duration: SECONDS });
  return {
    page: name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

try {
  await waitForServer();
  const seedPath = articlePath(slugify(seedArticle.headline));
  const rows = [await load("home", "/"), await load("seed article", seedPath)];
  console.table(rows);
  console.log("article page JavaScript:", await javaScriptShipped(seedPath));
  console.log("empty page (404) JavaScript:", await javaScriptShipped("/_/nothing-here"));
  console.log(`database: ${databaseEnv.DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"}`);
  console.log(`server peak RSS: ${Math.round(peakRssMb(server.pid!))} MB`);
} finally {
  server.kill("SIGTERM");
}

import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { dropRedisKeys, localRedisUrl } from "@/e2e/harness/redis";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";
import { ensureBuild } from "./build-if-changed";
import { freePort, startAppServer } from "./cluster/app-server";
import { DEBIAN_HTTP_SETTINGS, frontPurgeUrl, NGINX, startNginxFront } from "./cluster/front";
import { machineLoad, median, pageText, percentile, treeRssMb, wrk } from "./bench-report";

// npm run bench:front: the breaking-news picture in one run on one machine (DATABASE_URL, Redis,
// and Debian's nginx and wrk: apt-get install nginx wrk). wrk loads the seed story, with and
// without gzip, from nginx serving a saved copy as a file (the ceiling), from Khabar's front over
// two instances sharing Redis, and from one instance alone; then, under load through the front,
// editors' corrections and the time until the front and each instance serve them.

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const TRIES = 20;
const ROUNDS = 3;

if (!process.env.DATABASE_URL) throw new Error("bench:front needs DATABASE_URL: two instances share a PostgreSQL server");
await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-front-"));
const label = `bench_front_${process.pid}`;
const database = await prepareSeededDatabase(label);
const prefix = `khabar-bench-${process.pid}`;
const shared = { REDIS_URL: localRedisUrl(), REDIS_KEY_PREFIX: prefix };
const path = articlePath(slugify(seedArticle.headline));
const stops: (() => unknown)[] = [];

const load = (url: string, gzip: boolean) => wrk(url, { seconds: SECONDS, connections: CONNECTIONS, gzip });

/** nginx serving one saved page as a file, with a gzipped copy beside it: the ceiling. */
async function startStaticCeiling(html: string) {
  const root = join(dir, "static");
  mkdirSync(join(root, "page"), { recursive: true });
  writeFileSync(join(root, "page", "index.html"), html);
  writeFileSync(join(root, "page", "index.html.gz"), gzipSync(html, { level: 9 }));
  const port = await freePort();
  const conf = join(root, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off; worker_processes 1; ${process.getuid?.() === 0 ? "user root;" : ""} pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 1024; }
http { ${DEBIAN_HTTP_SETTINGS} access_log off; client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy; fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi; default_type text/html;
  server { listen 127.0.0.1:${port}; root ${root}; gzip_static on; location / { try_files /page/index.html =404; } } }`,
  );
  const child = spawn(NGINX, ["-p", root, "-c", conf], { stdio: "inherit" });
  stops.push(() => child.kill());
  await sleep(500);
  return `http://127.0.0.1:${port}`;
}

try {
  const env = { ...database, COMPRESSION: "on" };
  const frontPort = await freePort();
  const behindFront = { ...env, ...shared, FRONT_PURGE_URLS: frontPurgeUrl(frontPort) };
  const instances = [await startAppServer(behindFront, join(dir, "a.log")), await startAppServer(behindFront, join(dir, "b.log"))];
  const alone = await startAppServer(env, join(dir, "alone.log"));
  stops.push(...instances.map((instance) => instance.stop), alone.stop);
  // One load generator is one address: the front's per-address limits are left out of this run.
  const front = await startNginxFront({
    port: frontPort,
    upstreams: instances.map((instance) => new URL(instance.url).host),
    dir: join(dir, "nginx"),
    perAddressLimits: false,
  });
  stops.push(front.stop);
  const ceiling = await startStaticCeiling(await pageText(alone.url + path));

  const targets = { "nginx, the story as a file": ceiling + "/page", "Khabar through its front (2 instances, Redis)": front.origin + path, "Khabar alone (`npm start`'s server)": alone.url + path };
  const rows: Record<string, string | number | boolean>[] = [];
  for (const gzip of [false, true]) {
    for (const url of Object.values(targets)) load(url, gzip); // warm caches
    // Rounds alternate the targets, so that a noisy moment on this shared machine costs each alike;
    // each ratio is the median of its rounds' ratios to the file measured in the same round.
    const rounds = Array.from({ length: ROUNDS }, () => Object.values(targets).map((url) => load(url, gzip)));
    Object.keys(targets).forEach((name, index) => {
      const runs = rounds.map((round) => round[index]!);
      rows.push({
        target: name,
        gzip,
        "req/s": Math.round(median(runs.map((run) => run.perSecond))),
        "vs the file": Number(median(rounds.map((round) => round[index]!.perSecond / round[0]!.perSecond)).toFixed(3)),
        "p99 ms": median(runs.map((run) => run.p99)),
        errors: runs.reduce((sum, run) => sum + run.errors, 0),
      });
    });
  }
  console.table(rows);
  console.log(machineLoad());

  // Editors' corrections under load: from the data layer's write, through the tags shared in Redis, to readers.
  const pageKb = gzipSync(await pageText(alone.url + path)).length / 1024;
  const background = spawn("wrk", ["-t1", "-c16", `-d${TRIES * 3}s`, front.origin + path], { stdio: "ignore" });
  stops.push(() => background.kill());
  const origins = { front: front.origin, "instance a": instances[0]!.url, "instance b": instances[1]!.url };
  const corrections = execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench-front-corrections.ts", ...Object.values(origins)],
    { env: { ...process.env, ...database, ...shared, BENCH_TRIES: String(TRIES) }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  const delays: Record<string, number[]> = JSON.parse(corrections.trim().split("\n").at(-1)!);
  background.kill();
  console.table(
    Object.entries(origins).map(([where, origin]) => ({
      where,
      "p50 ms": Math.round(percentile(delays[origin]!, 50)),
      "p99 ms": Math.round(percentile(delays[origin]!, 99)),
    })),
  );
  console.log(`Server RSS after the run: ${instances.map((instance) => `${Math.round(treeRssMb(instance.process.pid!))} MB`).join(", ")} (front); ${Math.round(treeRssMb(alone.process.pid!))} MB (alone). Story page ${pageKb.toFixed(1)} KB gzipped.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) stop();
  await dropRedisKeys(shared.REDIS_URL, prefix);
  await dropSeededDatabase(label);
  process.exit();
}

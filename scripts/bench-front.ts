import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS } from "@/db/seed";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { dropRedisKeys, localRedisUrl } from "@/e2e/harness/redis";
import { slugify } from "@/lib/arabic/slugify";
import KhabarCacheHandler from "@/lib/cache/handler.mjs";
import { addCorrection } from "@/lib/dal/article-workflow";
import { loadViewer } from "@/lib/dal/users";
import { articlePath } from "@/lib/routes";
import { ensureBuild } from "./build-if-changed";
import { freePort, startAppServer, type AppServer } from "./cluster/app-server";
import { NGINX, startNginxFront } from "./cluster/front";
import { machineLoad, percentile } from "./bench-report";

// npm run bench:front: the breaking-news picture in one run on one machine (DATABASE_URL, Redis,
// and Debian's nginx and wrk: apt-get install nginx wrk). wrk loads the seed story, with and
// without gzip, from nginx serving a saved copy as a file (the ceiling), from Khabar's front over
// two instances sharing Redis, and from one instance alone; then, under load through the front,
// editors' corrections and the time until the front and each instance serve them.

const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const TRIES = 20;

if (!process.env.DATABASE_URL) throw new Error("bench:front needs DATABASE_URL: two instances share a PostgreSQL server");
await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-front-"));
const label = `bench_front_${process.pid}`;
const database = await prepareSeededDatabase(label);
const prefix = `khabar-bench-${process.pid}`;
const shared = { REDIS_URL: localRedisUrl(), REDIS_KEY_PREFIX: prefix };
const path = articlePath(slugify(seedArticle.headline));
const stops: (() => unknown)[] = [];

/** wrk's requests per second and 99th percentile (ms) on `url`. */
function wrk(url: string, gzip: boolean) {
  const out = execFileSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--latency", ...(gzip ? ["-H", "Accept-Encoding: gzip"] : []), url], {
    encoding: "utf8",
  });
  const requests = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const [, value, unit] = /\s99%\s+([\d.]+)(us|ms|s)/.exec(out) ?? [];
  const p99 = Number(value) * (unit === "us" ? 0.001 : unit === "s" ? 1000 : 1);
  const errors = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  return { requests, p99, errors };
}

function rssMb(server: AppServer) {
  const pids = execFileSync("pgrep", ["-P", String(server.process.pid)], { encoding: "utf8" }).split("\n").filter(Boolean);
  return [server.process.pid!, ...pids.map(Number)].reduce(
    (sum, pid) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024,
    0,
  );
}

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
http { access_log off; client_body_temp_path ${root}/body; proxy_temp_path ${root}/proxy; fastcgi_temp_path ${root}/fastcgi;
  uwsgi_temp_path ${root}/uwsgi; scgi_temp_path ${root}/scgi; default_type text/html;
  server { listen 127.0.0.1:${port}; root ${root}; gzip_static on; location / { try_files /page/index.html =404; } } }`,
  );
  const child = spawn(NGINX, ["-p", root, "-c", conf], { stdio: "inherit" });
  stops.push(() => child.kill());
  await sleep(500);
  return `http://127.0.0.1:${port}`;
}

try {
  const env = { ...database, COMPRESSION: "on", TRUSTED_PROXIES: "1" };
  const instances = [await startAppServer({ ...env, ...shared }, join(dir, "a.log")), await startAppServer({ ...env, ...shared }, join(dir, "b.log"))];
  const alone = await startAppServer(env, join(dir, "alone.log"));
  stops.push(...instances.map((instance) => instance.stop), alone.stop);
  // One load generator is one address: the front's per-address limits are left out of this run.
  const front = await startNginxFront({
    port: await freePort(),
    upstreams: instances.map((instance) => new URL(instance.url).host),
    dir: join(dir, "nginx"),
    perAddressLimits: false,
  });
  stops.push(front.stop);
  const ceiling = await startStaticCeiling(await (await fetch(alone.url + path)).text());

  const targets = { "nginx, the story as a file": ceiling + "/page", "Khabar through its front (2 instances, Redis)": front.origin + path, "Khabar `next start` alone": alone.url + path };
  const rows = [];
  const ceilings: Record<string, number> = {};
  for (const gzip of [false, true]) {
    for (const [name, url] of Object.entries(targets)) {
      wrk(url, gzip); // warm caches
      const result = wrk(url, gzip);
      ceilings[String(gzip)] ??= result.requests;
      rows.push({ target: name, gzip, "req/s": Math.round(result.requests), "vs the file": Number((result.requests / ceilings[String(gzip)]!).toFixed(3)), "p99 ms": result.p99, errors: result.errors });
    }
  }
  console.table(rows);
  console.log(machineLoad());

  // Editors' corrections under load: from the DAL write, through the tags shared in Redis, to readers.
  const correctionKb = gzipSync(await (await fetch(alone.url + path)).text()).length;
  const [editorRow] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, DEMO_ACCOUNTS.find((account) => account.role === "editor")!.email));
  const editor = (await loadViewer({ userId: editorRow!.id, sessionVersion: editorRow!.sv }))!;
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(seedArticle.headline)));
  process.env.REDIS_URL = shared.REDIS_URL;
  process.env.REDIS_KEY_PREFIX = prefix;
  const expirer = new KhabarCacheHandler({});
  await sleep(500);
  const background = spawn("wrk", ["-t1", "-c16", `-d${TRIES * 3}s`, front.origin + path], { stdio: "ignore" });
  stops.push(() => background.kill());
  const delays: Record<string, number[]> = { front: [], "instance a": [], "instance b": [] };
  const origins = { front: front.origin, "instance a": instances[0]!.url, "instance b": instances[1]!.url };
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    const note = `تصحيح رقم ${attempt} ${process.pid}`;
    const startedAt = performance.now();
    const { invalidate } = await addCorrection(editor, { articleId: story!.id, type: "correction", note });
    await expirer.revalidateTag(invalidate);
    await Promise.all(
      Object.entries(origins).map(async ([name, origin]) => {
        const read = () => fetch(origin + path).then((response) => response.text(), () => "");
        while (!(await read()).includes(note)) await sleep(10);
        delays[name]!.push(performance.now() - startedAt);
      }),
    );
  }
  background.kill();
  console.table(
    Object.entries(delays).map(([where, times]) => ({ where, "p50 ms": Math.round(percentile(times, 50)), "p99 ms": Math.round(percentile(times, 99)) })),
  );
  console.log(`Server RSS after the run: ${instances.map((instance) => `${Math.round(rssMb(instance))} MB`).join(", ")} (front); ${Math.round(rssMb(alone))} MB (alone). Story page ${Math.round(correctionKb / 102.4) / 10} KB gzipped.`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) stop();
  await dropRedisKeys(shared.REDIS_URL, prefix);
  await dropSeededDatabase(label);
  process.exit();
}

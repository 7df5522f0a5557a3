import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { demoPublishedStories } from "@/db/seed-data/published";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath, commentsPath, feedPath, searchPath, sectionPath, tagPath } from "@/lib/routes";
import { buildCopy } from "./build-if-changed";
import { machineLoad, median } from "./bench-report";
import { freePort } from "./cluster/app-server";

// npm run bench:memory: `npm start` on a fresh seeded database (embedded, as the demo runs, or a
// database of its own on the PostgreSQL server in DATABASE_URL, as a deployment's instance runs), under light
// mixed reading (BENCH_RATE requests a second: pages, sections, tags, stories and their threads,
// search, feeds, the header's /api/me) for BENCH_MINUTES minutes. Prints the server's resident
// memory (the Node process serving pages, and with npm and its shell) once a minute, then where it
// settled: the median of the last third beside the first minute's.

const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 4);

const stories = demoPublishedStories.map((story) => slugify(story.headline));
const words = ["سوريا", "دمشق", "الاقتصاد", "انتخابات", "كرة", "الليرة", "مهرجان", "حلب", "الذكاء", "Nvidia"];
const tags = [...new Set(demoPublishedStories.flatMap((story) => story.tags))];
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;
const requests: (() => string)[] = [
  () => "/",
  () => sectionPath(pick(demo.sections).slug),
  () => articlePath(pick(stories)),
  () => articlePath(pick(stories)),
  () => commentsPath(pick(stories)),
  () => tagPath(slugify(pick(tags))),
  () => searchPath({ q: pick(words) }),
  () => searchPath({ q: `${pick(words)} ${pick(words)}`, page: 2 }),
  () => feedPath("rss"),
  () => "/api/me",
  () => "/api/me",
];

/** Every process under `pid`, itself included. */
function descendants(pid: number): number[] {
  const read = (path: string) => readFileSync(path, "utf8").split(" ").filter(Boolean).map(Number);
  const children = read(`/proc/${pid}/task/${pid}/children`);
  return [pid, ...children.flatMap(descendants)];
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const commandOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");

/** The server's own RSS (the Node process running scripts/server.mjs) and the whole tree's. */
function sample(root: number): { server: number; tree: number } {
  const pids = descendants(root);
  const server = pids.find((pid) => /^\S*node .*scripts\/server\.mjs/.test(commandOf(pid)));
  return { server: server ? rssMb(server) : 0, tree: pids.reduce((sum, pid) => sum + rssMb(pid), 0) };
}

const label = `bench_memory_${process.pid}`;
const database = await prepareSeededDatabase(label);
// A copy of the build of its own (inside the project, as Next wants), which a rebuild while it runs cannot pull from under it.
const distDir = `.next-runs/bench-memory-${process.pid}`;
await buildCopy(distDir);
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const env: NodeJS.ProcessEnv = { ...process.env, ...database, PORT: String(port), HOSTNAME: "127.0.0.1", NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" };
const server = spawn("npm", ["start"], { env, stdio: "ignore", detached: true });
const stop = () => {
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {}
};
process.once("exit", stop);

for (let attempt = 0; (await fetch(`${url}/api/health`).then((response) => response.status, () => 0)) !== 200; attempt++) {
  if (attempt > 600) throw new Error("npm start did not answer within 150 s");
  await sleep(250);
}
const started = sample(server.pid!);
console.log(`database: ${database.DATABASE_URL ? "PostgreSQL server" : "embedded PGlite, in the server's process"}`);
console.log(`npm start answered: server ${started.server.toFixed(0)} MB, with npm ${started.tree.toFixed(0)} MB (${machineLoad()})`);

const samples: { minute: number; server: number; tree: number }[] = [];
let sent = 0;
let failed = 0;
const end = Date.now() + MINUTES * 60_000;
const begun = Date.now();
const sampler = setInterval(() => samples.push({ minute: (Date.now() - begun) / 60_000, ...sample(server.pid!) }), 5_000);
const reporter = setInterval(() => {
  const last = samples.at(-1);
  if (last) console.log(`${last.minute.toFixed(0)} min: server ${last.server.toFixed(0)} MB, with npm ${last.tree.toFixed(0)} MB, ${sent} requests`);
}, 60_000);
while (Date.now() < end) {
  const path = pick(requests)();
  sent++;
  void fetch(`${url}${path}`)
    .then((response) => {
      if (response.status >= 500) failed++;
      return response.arrayBuffer();
    })
    .catch(() => failed++);
  await sleep(1000 / RATE);
}
clearInterval(sampler);
clearInterval(reporter);

const firstMinute = samples.filter((each) => each.minute <= 1);
const lastThird = samples.filter((each) => each.minute >= (MINUTES * 2) / 3);
const settled = (key: "server" | "tree", of: typeof samples) => median(of.map((each) => each[key])).toFixed(0);
console.log(
  `after ${MINUTES} min at ${RATE} requests/s (${sent} sent, ${failed} failed): server ${settled("server", lastThird)} MB ` +
    `(first minute ${settled("server", firstMinute)} MB, highest ${Math.max(...samples.map((each) => each.server)).toFixed(0)} MB), ` +
    `with npm and its shell ${settled("tree", lastThird)} MB (${machineLoad()})`,
);
stop();
await dropSeededDatabase(label);
rmSync(distDir, { recursive: true, force: true });

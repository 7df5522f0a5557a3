import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";
import { machineLoad, sideBySide, treeRssMb } from "./bench-report";
import { ensureBuild } from "./build-if-changed";
import { type AppServer, startAppServer } from "./cluster/app-server";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench:builds -- <commit> [path]: this checkout's build against another commit's, side by
// side in one run. On these shared machines a table from another hour compares the machine more
// than the builds. The other commit is checked out and built in a temporary worktree that shares
// this checkout's node_modules; both servers run `npm start`'s server, with this checkout's V8
// flags (bench:heap compares flags), alone on one seeded database (no Redis, no front to purge);
// wrk loads each in turn (BENCH_CONNECTIONS, 32), plain and gzipped, round after round, and each
// ratio is the median of its rounds' ratios. The seed story by default; a page rendered on every
// request (a search with dates) wants BENCH_CONNECTIONS=2, the renders each server runs at once
// (MAX_CONCURRENT_UNCACHED): the load shedder refuses what waits longer, and a refusal fails the run.

const [commit, path = articlePath(slugify(seedArticle.headline))] = process.argv.slice(2);
if (!commit) throw new Error("usage: npm run bench:builds -- <commit> [path]");
if (!process.env.DATABASE_URL) throw new Error("bench:builds needs DATABASE_URL: its servers share one PostgreSQL database");
// Checked first: for a name git does not know, `git diff` below fails as if the commit differed.
if (spawnSync("git", ["rev-parse", "--quiet", "--verify", `${commit}^{commit}`]).status !== 0) {
  throw new Error(`git knows no commit named ${commit}`);
}
// One node_modules and one database schema serve both builds, so both must be the same.
if (spawnSync("git", ["diff", "--quiet", commit, "--", "package-lock.json", "db/migrations"]).status !== 0) {
  throw new Error(`${commit} differs from this checkout in its packages or migrations: bench:builds can only compare builds that share both`);
}
for (const name of ["REDIS_URL", "FRONT_PURGE_URLS", "NEXT_DIST_DIR"]) delete process.env[name];
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
if (!Number.isInteger(CONNECTIONS) || CONNECTIONS < 1) throw new Error("BENCH_CONNECTIONS must be a whole number, 1 or more");

await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-builds-"));
const worktree = join(dir, "checkout");
execFileSync("git", ["worktree", "add", "--detach", worktree, commit], { stdio: ["ignore", "ignore", "inherit"] });
const label = `bench_builds_${process.pid}`;
const servers: (AppServer & { name: string })[] = [];
try {
  // Hard links where the temporary folder shares this checkout's file system, a copy where not.
  try {
    execFileSync("cp", ["-al", "node_modules", join(worktree, "node_modules")], { stdio: "ignore" });
  } catch {
    execFileSync("cp", ["-a", "node_modules", join(worktree, "node_modules")]);
  }
  console.log(`building ${commit} in ${worktree} (its log: ${dir}/build.log)…`);
  const buildLog = openSync(join(dir, "build.log"), "w");
  execFileSync("npx", ["next", "build"], { cwd: worktree, stdio: ["ignore", buildLog, buildLog] });

  const serverEnv = { ...(await prepareSeededDatabase(label)), COMPRESSION: "on" };
  for (const [name, cwd, log] of [[commit, worktree, "theirs"], ["this checkout", undefined, "ours"]] as const) {
    servers.push({ name, ...(await startAppServer(serverEnv, join(dir, `${log}.log`), { nodeFlags: SERVER_V8_FLAGS, cwd })) });
  }
  for (const server of servers) {
    const { status } = await fetch(server.url + path);
    if (status !== 200) throw new Error(`${server.name} answers ${path} with ${status}`);
  }

  const rows = [];
  for (const gzip of [false, true]) {
    const results = sideBySide(servers.map((server) => server.url + path), ROUNDS, { seconds: SECONDS, connections: CONNECTIONS, gzip });
    for (const [index, server] of servers.entries()) {
      const { perSecond, ratio, p99 } = results[index]!;
      rows.push({ build: server.name, gzip, "req/s": Math.round(perSecond), [`vs ${commit}`]: Number(ratio.toFixed(3)), "p99 ms": p99 });
    }
  }
  console.table(rows);
  console.log(`RSS after the load: ${servers.map((server) => `${server.name} ${Math.round(treeRssMb(server.process.pid!))} MB`).join(", ")}; ${machineLoad()}`);
} finally {
  for (const server of servers) server.stop();
  try {
    execFileSync("git", ["worktree", "remove", "--force", worktree]);
  } finally {
    await dropSeededDatabase(label);
  }
}

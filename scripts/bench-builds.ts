import { execFileSync } from "node:child_process";
import { mkdtempSync, openSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";
import { machineLoad, median, treeRssMb, wrk } from "./bench-report";
import { ensureBuild } from "./build-if-changed";
import { type AppServer, startAppServer } from "./cluster/app-server";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench:builds -- <commit> [path]: this checkout's build against another commit's, side by
// side in one run. On these shared machines a table from another hour compares the machine more
// than the builds. The other commit is checked out and built in a temporary worktree (its
// node_modules hard links to this one's); both servers run `npm start`'s server, with this
// checkout's V8 flags (bench:heap compares flags), on one seeded database; wrk loads each in turn
// (32 connections), plain and gzipped, round after round, and each ratio is the median of its
// rounds' ratios. The seed story by default.

const [commit, path = articlePath(slugify(seedArticle.headline))] = process.argv.slice(2);
if (!commit) throw new Error("usage: npm run bench:builds -- <commit> [path]");
if (!process.env.DATABASE_URL) throw new Error("bench:builds needs DATABASE_URL: its servers share one PostgreSQL database");
const ROUNDS = 3;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

await ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "khabar-bench-builds-"));
const worktree = join(dir, "checkout");
execFileSync("git", ["worktree", "add", "--detach", worktree, commit], { stdio: "ignore" });
const label = `bench_builds_${process.pid}`;
const servers: (AppServer & { name: string })[] = [];
try {
  execFileSync("cp", ["-al", "node_modules", join(worktree, "node_modules")]);
  console.log(`building ${commit} in ${worktree} (its log: ${dir}/build.log)…`);
  const buildLog = openSync(join(dir, "build.log"), "w");
  execFileSync("npx", ["next", "build"], { cwd: worktree, stdio: ["ignore", buildLog, buildLog] });

  const database = { ...(await prepareSeededDatabase(label)), COMPRESSION: "on" };
  for (const [name, cwd] of [[commit, worktree], ["this checkout", undefined]] as const) {
    servers.push({ name, ...(await startAppServer(database, join(dir, `${servers.length}.log`), { nodeFlags: SERVER_V8_FLAGS, cwd })) });
  }
  for (const server of servers) {
    const { status } = await fetch(server.url + path);
    if (status !== 200) throw new Error(`${server.name} answers ${path} with ${status}`);
  }

  const rows = [];
  for (const gzip of [false, true]) {
    const load = (server: AppServer) => wrk(server.url + path, { seconds: SECONDS, gzip });
    servers.forEach(load); // warm
    const rounds = Array.from({ length: ROUNDS }, () => servers.map(load));
    for (const [index, server] of servers.entries()) {
      const mine = rounds.map((round) => round[index]!);
      rows.push({
        build: server.name,
        gzip,
        "req/s": Math.round(median(mine.map((run) => run.perSecond))),
        [`vs ${commit}`]: Number(median(rounds.map((round) => round[index]!.perSecond / round[0]!.perSecond)).toFixed(3)),
        "p99 ms": median(mine.map((run) => run.p99)),
        errors: mine.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
      });
    }
  }
  console.table(rows);
  console.log(`RSS after the load: ${servers.map((server) => `${server.name} ${Math.round(treeRssMb(server.process.pid!))} MB`).join(", ")}; ${machineLoad()}`);
} finally {
  for (const server of servers) server.stop();
  await dropSeededDatabase(label);
  execFileSync("git", ["worktree", "remove", "--force", worktree]);
}

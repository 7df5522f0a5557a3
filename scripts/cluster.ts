import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startAppServer, type AppServer } from "./cluster/app-server";
import { frontPurgeUrl, startNginxFront } from "./cluster/front";
import { ensureBuild } from "./build-if-changed";

// `npm run cluster -- --instances 3 --port 8080`: Khabar as the README's "Running several
// instances" describes it, on one machine. N production instances on loopback, sharing the
// PostgreSQL server in DATABASE_URL and the Redis in REDIS_URL, behind deploy/nginx/khabar.conf.

const { values } = parseArgs({ options: { instances: { type: "string", default: "2" }, port: { type: "string", default: "8080" } } });
const count = Number(values.instances);
const port = Number(values.port);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(port)) throw new Error("usage: npm run cluster -- --instances N --port P");
for (const name of ["DATABASE_URL", "AUTH_SECRET"]) {
  if (!process.env[name]) throw new Error(`${name} must be set: every instance shares it (see the README, "Running several instances")`);
}

await ensureBuild();
const prepared = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "db/prepare.ts"], { stdio: "inherit" });
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const dir = mkdtempSync(join(tmpdir(), "khabar-cluster-"));
const env = {
  REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
  COMPRESSION: "on",
  FRONT_PURGE_URLS: frontPurgeUrl(port),
};
const instances: AppServer[] = [];
for (let n = 1; n <= count; n++) instances.push(await startAppServer(env, join(dir, `instance-${n}.log`)));
const front = await startNginxFront({ port, upstreams: instances.map((instance) => new URL(instance.url).host), dir: join(dir, "nginx") });

console.log(`Khabar: ${count} instances (${instances.map((instance) => instance.url).join(", ")}) behind nginx at ${front.origin}`);
console.log(`Logs in ${dir}. Ctrl+C stops them all.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    front.stop();
    for (const instance of instances) instance.stop();
    process.exit(0);
  });
}

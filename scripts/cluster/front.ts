import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// The recommended front (deploy/nginx/khabar.conf) run as an ordinary process: the same file,
// with the port, the app instances and the cache folder of this run, under a folder of its own.
// Never the system's nginx service.

export const NGINX = "/usr/sbin/nginx";
// Debian's libnginx-mod-http-cache-purge, which the recommended configuration's /_purge/ needs.
const PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so";
const RECOMMENDED = join(import.meta.dirname, "..", "..", "deploy", "nginx", "khabar.conf");

export interface FrontOptions {
  /** The loopback port the front listens on. */
  port: number;
  /** The app instances, as host:port. */
  upstreams: string[];
  /** A folder of the front's own: configuration, cache, logs and pid. */
  dir: string;
  /** Off for a benchmark, whose one load generator is one address. */
  perAddressLimits?: boolean;
}

/** What Debian's /etc/nginx/nginx.conf sets around the sites it includes, and a run's nginx.conf must too. */
export const DEBIAN_HTTP_SETTINGS = "sendfile on; tcp_nopush on;";

/** deploy/nginx/khabar.conf with this run's port, instances and folders, inside a minimal nginx.conf. */
export function frontConfig({ port, upstreams, dir, perAddressLimits = true }: FrontOptions): string {
  const recommended = readFileSync(RECOMMENDED, "utf8");
  const site = (perAddressLimits ? recommended : recommended.replace(/^\s*limit_(req|conn) .*$/gm, ""))
    .replace("/var/cache/nginx/khabar", join(dir, "cache"))
    .replace("/var/log/nginx/khabar.access.log", join(dir, "access.log"))
    .replace(/^([ \t]*)server 127\.0\.0\.1:3000 (.*)$/m, (_, indent: string, settings: string) =>
      upstreams.map((upstream) => `${indent}server ${upstream} ${settings}`).join("\n"),
    )
    .replace("listen 80;", `listen 127.0.0.1:${port};`);
  return [
    `load_module ${PURGE_MODULE};`,
    "daemon off;",
    // Started by root, nginx's workers would be `nobody`, who cannot write in this run's folders.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "worker_processes 1;",
    `pid ${join(dir, "nginx.pid")};`,
    `error_log ${join(dir, "error.log")} warn;`,
    "events { worker_connections 1024; }",
    "http {",
    `  ${DEBIAN_HTTP_SETTINGS}`,
    `  client_body_temp_path ${join(dir, "body")};`,
    `  proxy_temp_path ${join(dir, "proxy")};`,
    `  fastcgi_temp_path ${join(dir, "fastcgi")};`,
    `  uwsgi_temp_path ${join(dir, "uwsgi")};`,
    `  scgi_temp_path ${join(dir, "scgi")};`,
    site,
    "}",
    "",
  ].join("\n");
}

export type NginxFront = { origin: string; process: ChildProcess; stop: () => void };

/** Where the app instances behind a front on `port` send their purges (FRONT_PURGE_URLS). */
export const frontPurgeUrl = (port: number) => `http://127.0.0.1:${port}/_purge`;

/** Starts nginx in the foreground with `frontConfig`; resolves once it accepts connections. */
export async function startNginxFront(options: FrontOptions): Promise<NginxFront> {
  mkdirSync(options.dir, { recursive: true });
  const configFile = join(options.dir, "nginx.conf");
  writeFileSync(configFile, frontConfig(options));
  const child = spawn(NGINX, ["-p", options.dir, "-c", configFile], { stdio: ["ignore", "inherit", "inherit"] });
  const stop = () => void child.kill("SIGTERM");
  process.once("exit", stop);
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}); see ${join(options.dir, "error.log")}`);
    if ((await fetch(`${origin}/_next/static/missing`).then((response) => response.status, () => 0)) !== 0) {
      return { origin, process: child, stop };
    }
    await sleep(100);
  }
  stop();
  throw new Error(`nginx did not answer within 10 s; see ${join(options.dir, "error.log")}`);
}

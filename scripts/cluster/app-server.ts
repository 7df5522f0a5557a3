import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export type AppServer = { url: string; process: ChildProcess; stop: () => void };

/**
 * A production server (`npm start`'s scripts/server.mjs) on loopback, with `env` naming its build (NEXT_DIST_DIR),
 * database and session key. It logs to `logFile`, or else to this process's output.
 * Node runs it with `nodeFlags` (V8's heap flags, say), from `cwd` (another checkout's build, say).
 * Resolves once /api/health answers 200.
 */
export async function startAppServer(
  env: Record<string, string>,
  logFile?: string,
  { nodeFlags = [], cwd }: { nodeFlags?: readonly string[]; cwd?: string } = {},
): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeFlags, "scripts/server.mjs"], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, HOSTNAME: "127.0.0.1", PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : null;
  child.stdout!.pipe(log ?? process.stdout);
  child.stderr!.pipe(log ?? process.stderr);
  // SIGKILL: a graceful stop waits for browsers' keep-alive connections, or for a database cut off.
  const stop = () => void child.kill("SIGKILL");
  // A server outlives nothing that started it, even a hook that timed out before it could stop it.
  process.once("exit", stop);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}); see ${logFile ?? "its output above"}`);
    if ((await fetch(`${url}/api/health`).then((response) => response.status, () => 0)) === 200) return { url, process: child, stop };
    await sleep(250);
  }
  stop();
  throw new Error(`the server did not answer within 60 s; see ${logFile ?? "its output above"}`);
}

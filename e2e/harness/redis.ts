import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "redis";
import { freePort } from "@/scripts/cluster/app-server";

/** The machine's Redis, which a run shares with others under a key prefix of its own. */
export const localRedisUrl = () => process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** Removes every key under `prefix`, as a run leaves nothing behind in the shared Redis. */
export async function dropRedisKeys(url: string, prefix: string) {
  const client = createClient({ url });
  await client.connect();
  try {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 500 })) {
      if (keys.length > 0) await client.unlink(keys);
    }
  } finally {
    client.destroy();
  }
}

export type PrivateRedis = { url: string; stop: () => Promise<void>; start: () => Promise<void> };

/** A Redis of a spec's own, on a free loopback port, that the spec may stop and start again. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;
  const start = async () => {
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    process.once("exit", () => server?.kill("SIGKILL"));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const client = createClient({ url, socket: { reconnectStrategy: false } });
      client.on("error", () => {});
      const answered = await client.connect().then(() => client.ping(), () => null);
      if (client.isOpen) client.destroy();
      if (answered === "PONG") return;
      await sleep(100);
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };
  const stop = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    await new Promise((resolve) => {
      running.once("exit", resolve);
      running.kill("SIGKILL");
    });
  };
  await start();
  return { url, stop, start };
}

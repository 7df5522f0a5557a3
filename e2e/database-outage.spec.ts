import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer, Socket, type Server } from "node:net";
import { expect, test } from "@playwright/test";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";
import { E2E_PORT } from "../playwright.config";

// Runs only against a PostgreSQL server (see playwright.config.ts): the database sits behind a
// TCP relay that the test cuts and restores, while a second production server keeps serving.

const APP_PORT = E2E_PORT + 90;
const app = `http://127.0.0.1:${APP_PORT}`;

class Relay {
  private sockets = new Set<Socket>();
  private server: Server | null = null;
  port = 0;

  async open(port = 0) {
    this.server = createServer((client) => {
      const upstream = new Socket().connect(5432, "127.0.0.1");
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on("close", () => this.sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

let relay: Relay;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { DATABASE_URL, AUTH_SECRET } = await prepareSeededDatabase("outage");
  relay = new Relay();
  await relay.open();
  const viaRelay = new URL(DATABASE_URL!);
  viaRelay.port = String(relay.port);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(APP_PORT)], {
    env: { ...process.env, DATABASE_URL: viaRelay.toString(), AUTH_SECRET },
    stdio: "ignore",
  });
  await expect.poll(() => fetch(`${app}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  // SIGKILL: with its database cut off, a graceful stop would wait on its connections.
  server?.kill("SIGKILL");
  await relay?.cut();
});

test("while the database is away readers get a friendly Arabic page, and the site recovers by itself", async ({ page }) => {
  test.setTimeout(90_000);
  await relay.cut();

  const health = await fetch(`${app}/api/health`);
  expect(health.status).toBe(503);
  // A story no cache can hold (the build's data cache is shared with the main e2e server).
  const uncached = `${app}/articles/${encodeURIComponent(`خبر-${randomUUID()}`)}`;
  await page.goto(uncached);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الخدمة غير متاحة مؤقتًا");

  await relay.open(relay.port);
  await expect.poll(() => fetch(`${app}/api/health`).then((r) => r.status), { timeout: 30_000 }).toBe(200);
  await page.goto(uncached);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الصفحة غير موجودة");
});

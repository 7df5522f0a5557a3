import { randomUUID } from "node:crypto";
import { createServer, Socket, type Server } from "node:net";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { dropSeededDatabase, prepareSeededDatabase } from "@/db/testing/seeded-database";
import { onDatabaseServer, run } from "./harness/run";
import { startAppServer, type AppServer } from "@/scripts/cluster/app-server";

// A server of its own whose database sits behind a TCP relay that the test cuts and restores.

test.skip(!onDatabaseServer(), "cutting the database off needs a PostgreSQL server to cut; the embedded PGlite lives inside the app");

class Relay {
  private sockets = new Set<Socket>();
  private server: Server | null = null;
  port = 0;

  constructor(private readonly target: URL) {}

  async open(port = 0) {
    this.server = createServer((client) => {
      const upstream = new Socket().connect(Number(this.target.port || 5432), this.target.hostname);
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

const label = `outage_${randomUUID().slice(0, 8)}`;
let relay: Relay;
let server: AppServer;
let app: string;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const serverEnv = await prepareSeededDatabase(label);
  const viaRelay = new URL(serverEnv.DATABASE_URL!);
  relay = new Relay(new URL(viaRelay));
  await relay.open();
  viaRelay.port = String(relay.port);
  server = await startAppServer({ ...serverEnv, DATABASE_URL: viaRelay.toString(), NEXT_DIST_DIR: run.buildCopy() }, join(run.dir, "outage.log"));
  app = server.url;
});

test.afterAll(async () => {
  server?.stop();
  await relay?.cut();
  await dropSeededDatabase(label);
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

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { seededDatabaseUrl } from "@/db/testing/seeded-database";
import { E2E_PORT } from "../playwright.config";
import { seedStory } from "./fixtures";
import { approveFromDesk, asRole, newReader, Thread, uniqueText } from "./pages/comments";

// Runs only against a PostgreSQL server (see playwright.config.ts): a second production server
// on the suite's database, as a second instance behind a load balancer would be. Each keeps
// its own cache; what one changes must reach readers of the other.

const SECOND_PORT = E2E_PORT + 91;
const second = `http://127.0.0.1:${SECOND_PORT}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(SECOND_PORT)], {
    env: { ...process.env, DATABASE_URL: seededDatabaseUrl("e2e"), AUTH_SECRET: randomBytes(32).toString("base64url") },
    stdio: "ignore",
  });
  await expect.poll(() => fetch(`${second}/api/health`).then((r) => r.status, () => 0), { timeout: 60_000 }).toBe(200);
});

test.afterAll(() => {
  // SIGKILL: a graceful stop would wait for the browsers' keep-alive connections.
  server?.kill("SIGKILL");
});

test("a comment approved on one instance reaches the readers of another within seconds", async ({ browser }) => {
  test.setTimeout(60_000);
  const reader = await newReader(browser);
  const text = uniqueText("تعليق يصل إلى قرّاء النسخة الأخرى من الموقع");
  const readerThread = new Thread(reader.page);
  await readerThread.openStory(seedStory.path);
  await readerThread.post(text);

  // A reader of the second instance reads the thread, which that instance now keeps cached.
  const visitor = await browser.newContext({ baseURL: second });
  const visitorThread = new Thread(await visitor.newPage());
  await visitorThread.openStory(seedStory.path);
  await expect(visitorThread.section.getByText(text)).toHaveCount(0);

  const moderator = await asRole(browser, "moderator");
  await approveFromDesk(moderator.page, text);

  await expect(async () => {
    await visitorThread.openStory(seedStory.path);
    await expect(visitorThread.comment(text)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await Promise.all([reader.context.close(), visitor.close(), moderator.context.close()]);
});

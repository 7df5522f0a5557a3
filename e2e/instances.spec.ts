import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { utcToWallTime } from "@/lib/arabic/dates";
import { seedStory } from "./fixtures";
import { startFront, type Front } from "./harness/front";
import { onDatabaseServer, run } from "./harness/run";
import { startAppServer, type AppServer } from "@/scripts/cluster/app-server";
import { approveFromDesk, Thread, uniqueText } from "./pages/comments";
import { asRole, newReader } from "./pages/people";
import { draftAs, unique } from "./pages/story-editor-page";

// A second production server on the run's database and Redis, with a memory cache of its own, as
// a second instance behind a load balancer would be: what one changes must reach readers of the other.

test.skip(!onDatabaseServer(), "two instances share a PostgreSQL server; the embedded PGlite belongs to one process");
test.describe.configure({ mode: "default" });

let second: AppServer;
let secondFront: Front;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  second = await startAppServer({ ...run.serverEnv, NEXT_DIST_DIR: run.buildCopy() }, join(run.dir, "second-instance.log"));
  secondFront = await startFront(second.url, "127.0.0.1");
});

test.afterAll(async () => {
  await secondFront?.close();
  second?.stop();
});

test("a comment approved on one instance reaches the readers of another within seconds", async ({ browser }) => {
  test.setTimeout(60_000);
  const reader = await newReader(browser);
  const text = uniqueText("تعليق يصل إلى قرّاء النسخة الأخرى من الموقع");
  const readerThread = new Thread(reader.page);
  await readerThread.openStory(seedStory.path);
  await readerThread.post(text);

  // A reader of the second instance reads the thread, which that instance now keeps cached.
  const visitor = await browser.newContext({ baseURL: secondFront.origin });
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

test("an editor's update on one instance reaches the readers of the other within seconds", async ({ browser }) => {
  test.setTimeout(60_000);
  const headline = `خبر يُحدَّث على نسختين ${unique()}`;
  const { context, editor } = await draftAs(browser, "editor", headline);
  await editor.publishNow();
  const path = await editor.publicPath();

  // The second instance renders the story once, and from then on serves it from its own cache.
  const visitor = await browser.newContext({ baseURL: secondFront.origin });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(path);
  await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText(headline);

  await editor.headline.fill(`${headline}: حصيلة جديدة`);
  await editor.save();
  await editor.expectSaved();
  await expect(async () => {
    await visitorPage.goto(path);
    await expect(visitorPage.getByRole("heading", { level: 1 })).toHaveText(`${headline}: حصيلة جديدة`, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  await Promise.all([context.close(), visitor.close()]);
});

test("a story scheduled while two instances run is published exactly once, and both serve it", async ({ browser }) => {
  test.setTimeout(120_000);
  const headline = `خبر مجدول على نسختين ${unique()}`;
  const { context, page, editor } = await draftAs(browser, "editor", headline);
  const id = editor.id;
  await page.getByRole("button", { name: "جدولة", exact: true }).click();
  await page.getByLabel("موعد النشر").fill(utcToWallTime(new Date(Date.now() + 20_000), "Asia/Damascus", true));
  await page.getByRole("button", { name: "ثبّت الموعد" }).click();
  await editor.expectStatus("مجدول");

  const visitor = await browser.newContext({ baseURL: secondFront.origin });
  const visitorPage = await visitor.newPage();
  for (const reader of [page, visitorPage]) {
    await expect(async () => {
      await reader.goto("/");
      await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 75_000, intervals: [2_000] });
  }

  // Both instances' clocks raced for it; the story's record shows one publication, by the clock.
  await editor.open(id);
  const publications = page.getByRole("region", { name: "سجل الخبر" }).locator(".event--published");
  await expect(publications).toHaveCount(1);
  await expect(publications).toContainText("النظام (النشر المجدول)");
  await Promise.all([context.close(), visitor.close()]);
});

import { expect, test } from "@playwright/test";
import demoComments from "@/db/seed-data/demo-comments.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { articlePath } from "@/lib/routes";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";
import { anonymous, approveFromDesk, asRole, newReader, newReaderAtSeedStory, Thread, uniqueText } from "./pages/comments";

const closedStoryPath = articlePath(slugify(demoComments.closedStory));
const seededComment = demoComments.comments.find((comment) => comment.handle === "s6")!.text;
const seededParent = demoComments.comments.find((comment) => comment.handle === "s1")!.text;

test("a new reader's comment waits for review, unseen by others, until a moderator approves it from the keyboard", async ({ browser }) => {
  test.setTimeout(60_000);
  const { reader, thread } = await newReaderAtSeedStory(browser, "قارئة جديدة");
  const text = uniqueText("أول تعليق لي على خبر: شكرًا على التغطية");
  await thread.post(text);

  const mine = thread.comment(text);
  await expect(mine).toBeVisible();
  await expect(mine.getByText("بانتظار المراجعة")).toBeVisible();
  await expect(thread.message()).toHaveText(/تُراجَع أولى تعليقات كل قارئ/);

  const visitor = await anonymous(browser);
  const visitorThread = new Thread(visitor.page);
  await visitorThread.openStory(seedStory.path);
  await expect(visitorThread.section.getByText(seededComment)).toBeVisible();
  await expect(visitorThread.section.getByText(text)).toHaveCount(0);

  const moderator = await asRole(browser, "moderator");
  await approveFromDesk(moderator.page, text);
  await expect(moderator.page.getByRole("status").filter({ hasText: "اعتُمد تعليق قارئة جديدة" })).toBeAttached();
  await expect(moderator.page.locator(".queue-item", { hasText: text })).toHaveCount(0);

  // The very next read of the thread has it: no waiting for a cache to expire.
  await visitorThread.openStory(seedStory.path);
  await expect(visitorThread.comment(text)).toBeVisible();
  await expect(visitorThread.comment(text).getByText("بانتظار المراجعة")).toHaveCount(0);
  await Promise.all([reader.context.close(), visitor.context.close(), moderator.context.close()]);
});

test("a comment with a banned word is rejected with a message, and nobody else sees it", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const text = uniqueText("هذا الكاتب حقير");
  await thread.post(text);
  await expect(thread.message()).toHaveText("لم يُنشر تعليقك لأنه يخالف قواعد التعليق في خبر.");
  await expect(thread.comment(text).getByText("لم يُنشر")).toBeVisible();
  await expect(thread.commentBox).toHaveValue("");

  const visitor = await anonymous(browser);
  await new Thread(visitor.page).openStory(seedStory.path);
  await expect(visitor.page.getByText(text)).toHaveCount(0);
  await Promise.all([reader.context.close(), visitor.context.close()]);
});

test("markup and bidi tricks in a comment stay plain text", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const marker = uniqueText("علامة");
  await thread.post(`<script>window.__pwned = 1</script><b>عريض</b> ![صورة](http://evil.example/x.png) \u202Eمعكوس\u202C ${marker}`);
  const mine = thread.comment(marker);
  await expect(mine.locator(".comment__body")).toHaveText(
    `<script>window.__pwned = 1</script><b>عريض</b> ![صورة](http://evil.example/x.png) معكوس ${marker}`,
  );
  await expect(mine.locator(".comment__body b, .comment__body img, .comment__body script")).toHaveCount(0);
  expect(await reader.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await reader.context.close();
});

test("an empty or overlong comment is refused with a clear message and the text is kept", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  await thread.post("   \u200B ");
  await expect(thread.commentBox).toHaveAccessibleDescription(/التعليق فارغ/);

  const long = "كلام ".repeat(401);
  await thread.commentBox.fill(long);
  await expect(thread.section.getByText(/من 2000 حرف: النص أطول من المسموح/)).toBeVisible();
  await thread.post(long);
  await expect(thread.commentBox).toHaveAccessibleDescription(/أطول من 2000 حرف/);
  await expect(thread.commentBox).toHaveValue(long);
  await reader.context.close();
});

test("a retry after the connection drops posts the comment once", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const text = uniqueText("تعليق عبر اتصال متقطع");

  // The server receives and commits the first attempt, but its answer never arrives.
  // Only the first POST is cut: the page also prefetches related stories under /articles/.
  let cut = false;
  await reader.page.route(
    (url) => url.pathname.startsWith("/articles/"),
    async (route) => {
      if (cut || route.request().method() !== "POST") return route.continue();
      cut = true;
      await route.fetch();
      await route.abort("connectionreset");
    },
  );
  await thread.commentBox.fill(text);
  await thread.section.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(thread.message()).toHaveText(/انقطع الاتصال قبل أن يصل الرد/);
  await expect(thread.commentBox).toHaveValue(text);

  await thread.section.getByRole("button", { name: "أعد الإرسال" }).click();
  await expect(thread.message()).toHaveText(/تُراجَع أولى تعليقات كل قارئ/);
  await thread.openStory(seedStory.path);
  await expect(thread.section.getByText(text)).toHaveCount(1);
  await reader.context.close();
});

test("a reader posts a second comment straight after the first", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const first = uniqueText("تعليق أول");
  await thread.post(first);
  await expect(thread.comment(first)).toBeVisible();
  const second = uniqueText("وتعليق ثانٍ بعده مباشرة");
  await thread.post(second);
  await expect(thread.comment(second)).toBeVisible();
  await expect(thread.message()).not.toHaveText(/أسرع/);
  await reader.context.close();
});

test("a reader replies to a comment; the reply waits under it", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const parent = thread.comment(seededParent);
  await parent.getByRole("button", { name: "رد", exact: true }).click();
  const replyBox = parent.getByRole("textbox", { name: /ردّ على/ });
  await expect(replyBox).toBeFocused();
  const text = uniqueText("أوافقك الرأي تمامًا");
  await replyBox.fill(text);
  await parent.getByRole("button", { name: "أرسل الرد" }).click();

  const reply = parent.locator(".comment-list--replies article.comment", { hasText: text });
  await expect(reply).toBeVisible();
  await expect(reply.getByText("بانتظار المراجعة")).toBeVisible();
  await reader.context.close();
});

test("a reader reports a comment once; it reaches the moderators' reported queue", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser, "قارئ يبلّغ");
  const target = thread.comment(seededComment);
  await target.getByRole("button", { name: "إبلاغ" }).click();
  await target.getByRole("radio", { name: "خارج الموضوع" }).check();
  await target.getByLabel("تفاصيل (اختياري)").fill(uniqueText("لا علاقة له بالخبر"));
  await target.getByRole("button", { name: "أرسل البلاغ" }).click();
  await expect(target.getByText("شكرًا، وصل بلاغك إلى فريق الإشراف.")).toBeVisible();
  await expect(target.getByRole("button", { name: "إبلاغ" })).toHaveCount(0);

  // After a reload the thread remembers: there is no second report.
  await thread.openStory(seedStory.path);
  await expect(thread.comment(seededComment).getByRole("button", { name: "إبلاغ" })).toHaveCount(0);

  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation?queue=reported");
  const item = moderator.page.locator(".queue-item", { hasText: seededComment });
  await expect(item).toContainText("خارج الموضوع");
  await Promise.all([reader.context.close(), moderator.context.close()]);
});

test("a closed story shows no comment form", async ({ browser }) => {
  const reader = await asRole(browser, "reader");
  const thread = new Thread(reader.page);
  await thread.openStory(closedStoryPath);
  await expect(thread.section.getByText("باب التعليق على هذا الخبر مغلق.")).toBeVisible();
  await expect(thread.commentBox).toHaveCount(0);
  await expect(thread.section.getByRole("button", { name: "رد", exact: true })).toHaveCount(0);
  await reader.context.close();
});

test("the thread reads without JavaScript, on a page of its own @mobile", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(seedStory.path);
  await page.getByRole("link", { name: "اقرأ التعليقات وشارك في النقاش" }).click();
  await expect(page).toHaveURL(/\/comments$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seedStory.headline);
  await expect(page.getByText(seededComment)).toBeVisible();
  await expect(page.getByRole("link", { name: "سجّل الدخول لتعلّق على هذا الخبر" })).toBeVisible();
  await page.getByRole("link", { name: "الأحدث أولًا" }).click();
  await expect(page).toHaveURL(/order=newest/);
  await expect(page.getByText(seededComment)).toBeVisible();
  await context.close();
});

test("a signed-in reader comments without JavaScript", async ({ browser }) => {
  const reader = await newReader(browser);
  const state = await reader.context.storageState();
  const context = await browser.newContext({ storageState: state, javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "10.250.1.1" } });
  const page = await context.newPage();
  await page.goto(`${seedStory.path}/comments`);
  const text = uniqueText("تعليق من متصفح بلا جافاسكربت");
  await page.getByRole("textbox", { name: "تعليقك", exact: true }).fill(text);
  // The minimum time between the form being issued and sent back.
  await page.waitForTimeout(3_200);
  await page.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(page.getByText(/تُراجَع أولى تعليقات كل قارئ/)).toBeVisible();
  await expect(page.locator("article.comment", { hasText: text }).getByText("بانتظار المراجعة")).toBeVisible();
  await Promise.all([reader.context.close(), context.close()]);
});

test("the comments page and the thread have no serious accessibility problems", async ({ browser }) => {
  const reader = await asRole(browser, "reader");
  await new Thread(reader.page).openStory(seedStory.path);
  await expectNoSeriousA11yViolations(reader.page);
  await reader.page.goto(`${seedStory.path}/comments`);
  await expectNoSeriousA11yViolations(reader.page);
  await reader.context.close();
});

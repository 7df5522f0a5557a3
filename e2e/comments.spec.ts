import { expect, test, type Browser } from "@playwright/test";
import demoComments from "@/db/seed-data/demo-comments.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { HONEYPOT_FIELD, MIN_SUBMIT_MS } from "@/lib/comments/bot-traps";
import { articlePath } from "@/lib/routes";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";
import { approveFromDesk, newReaderAtSeedStory, Thread, uniqueText } from "./pages/comments";
import { anonymous, asRole, newClientAddress, newReader, type Reader } from "./pages/people";

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
  await expect(mine.locator("time")).toHaveText("منذ لحظات");
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

test("a reader reports another's comment once; it reaches the moderators' reported queue", async ({ browser }) => {
  test.setTimeout(60_000);
  // A public comment of the test's own: the seed's comments stay as every run found them.
  const author = await newReaderAtSeedStory(browser, "قارئ يُبلَّغ عنه");
  const text = uniqueText("تعليق سيُبلَّغ عنه");
  await author.thread.post(text);
  const moderator = await asRole(browser, "moderator");
  await approveFromDesk(moderator.page, text);

  const { reader, thread } = await newReaderAtSeedStory(browser, "قارئ يبلّغ");
  const target = thread.comment(text);
  await target.getByRole("button", { name: "إبلاغ" }).click();
  await target.getByRole("radio", { name: "خارج الموضوع" }).check();
  await target.getByLabel("تفاصيل (اختياري)").fill(uniqueText("لا علاقة له بالخبر"));
  await target.getByRole("button", { name: "أرسل البلاغ" }).click();
  await expect(target.getByText("شكرًا، وصل بلاغك إلى فريق الإشراف.")).toBeVisible();
  await expect(target.getByRole("button", { name: "إبلاغ" })).toHaveCount(0);

  // After a reload the thread remembers: there is no second report.
  await thread.openStory(seedStory.path);
  await expect(thread.comment(text).getByRole("button", { name: "إبلاغ" })).toHaveCount(0);

  await moderator.page.goto("/moderation?queue=reported");
  const item = moderator.page.locator(".queue-item", { hasText: text });
  await expect(item).toContainText("خارج الموضوع");
  await Promise.all([author.reader.context.close(), reader.context.close(), moderator.context.close()]);
});

test("a reader edits a comment, then deletes it", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  const text = uniqueText("تعليق فيه خطأ مطبعي");
  await thread.post(text);
  const mine = thread.comment(text);
  await mine.getByRole("button", { name: "تعديل" }).click();
  const corrected = uniqueText("تعليق بعد تصحيح الخطأ");
  await mine.getByRole("textbox", { name: "تعليقك" }).fill(corrected);
  await mine.getByRole("button", { name: "حفظ التعديل" }).click();
  const edited = thread.comment(corrected);
  await expect(edited.getByText("عُدّل")).toBeVisible();
  await expect(edited.getByText("بانتظار المراجعة")).toBeVisible();
  await expect(thread.section.getByText(text)).toHaveCount(0);

  await edited.getByRole("button", { name: "حذف" }).click();
  await edited.getByRole("button", { name: "تأكيد الحذف" }).click();
  await expect(thread.section.getByText("حُذف تعليقك.")).toBeVisible();
  await thread.openStory(seedStory.path);
  await expect(thread.section.getByText(corrected)).toHaveCount(0);
  await reader.context.close();
});

test("one connection may send thirty comments in ten minutes; past that its readers are refused, others are not", async ({ browser }) => {
  test.setTimeout(120_000);
  const sharedConnection = await newClientAddress();
  const first = await newReader(browser, { from: sharedConnection });
  const firstThread = new Thread(first.page);
  await firstThread.openStory(seedStory.path);
  // The address counts every comment sent, whatever the rules then decide about it.
  for (let sent = 0; sent < 30; sent++) await firstThread.post(uniqueText(`تعليق رقم ${sent + 1}`));

  const second = await newReader(browser, { from: sharedConnection });
  const secondThread = new Thread(second.page);
  await secondThread.openStory(seedStory.path);
  await secondThread.post(uniqueText("أول تعليق لقارئ على الاتصال نفسه"));
  await expect(secondThread.message()).toHaveText(/أرسلت تعليقات كثيرة من هذا الاتصال في وقت قصير/);

  const { reader: elsewhere, thread } = await newReaderAtSeedStory(browser);
  await thread.post(uniqueText("تعليق من اتصال آخر"));
  await expect(thread.message()).toHaveText(/تُراجَع أولى تعليقات كل قارئ/);
  await Promise.all([first.context.close(), second.context.close(), elsewhere.context.close()]);
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
  // The recent past is said by script; without it the comment keeps the date the server wrote.
  await expect(page.locator("article.comment", { hasText: seededComment }).locator(".comment__time time")).toHaveText(/^\d{1,2} [^\d]+ \d{4} في /);
  await expect(page.getByRole("link", { name: "سجّل الدخول لتعلّق على هذا الخبر" })).toBeVisible();
  await page.getByRole("link", { name: "الأحدث أولًا" }).click();
  await expect(page).toHaveURL(/order=newest/);
  await expect(page.getByText(seededComment)).toBeVisible();
  await context.close();
});

/** The signed-in reader's thread page, in a browser without JavaScript (as simple bots are too). */
async function withoutJavaScript(browser: Browser, reader: Reader) {
  const storageState = await reader.context.storageState();
  const context = await browser.newContext({ baseURL: reader.front.origin, storageState, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${seedStory.path}/comments`);
  return { context, page, commentBox: page.getByRole("textbox", { name: "تعليقك", exact: true }) };
}

test("a signed-in reader comments without JavaScript", async ({ browser }) => {
  const reader = await newReader(browser);
  const { context, page, commentBox } = await withoutJavaScript(browser, reader);
  const text = uniqueText("تعليق من متصفح بلا جافاسكربت");
  await commentBox.fill(text);
  // A person takes longer than the bot trap's minimum from the form being issued (server time).
  const issuedAt = Number((await page.locator('input[name="formToken"]').inputValue()).split(".")[0]);
  await expect.poll(() => Date.now(), { intervals: [250] }).toBeGreaterThan(issuedAt + MIN_SUBMIT_MS);
  await page.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(page.getByText(/تُراجَع أولى تعليقات كل قارئ/)).toBeVisible();
  await expect(page.locator("article.comment", { hasText: text }).getByText("بانتظار المراجعة")).toBeVisible();
  await Promise.all([reader.context.close(), context.close()]);
});

test("a bot that fills the hidden field is refused, and nothing is posted", async ({ browser }) => {
  const reader = await newReader(browser);
  const { context, page, commentBox } = await withoutJavaScript(browser, reader);
  const text = uniqueText("تعليق آلي يملأ كل الحقول");
  await commentBox.fill(text);
  await page.locator(`input[name="${HONEYPOT_FIELD}"]`).fill("https://spam.example", { force: true });
  await page.getByRole("button", { name: "أرسل التعليق" }).click();
  await expect(page.getByText("تعذّر قبول النموذج. حدّث الصفحة ثم أعد المحاولة.")).toBeVisible();
  await page.goto(`${seedStory.path}/comments?order=newest`);
  await expect(page.getByText(text)).toHaveCount(0);
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

test("after a comment is sent, focus moves to the form's answer rather than falling to the page", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser);
  await thread.commentBox.fill(uniqueText("تعليق يبقى معه التركيز"));
  await thread.section.getByRole("button", { name: "أرسل التعليق" }).press("Enter");
  await expect(thread.message()).toHaveText(/تُراجَع أولى تعليقات كل قارئ/);
  await expect(thread.message()).toBeFocused();
  await reader.context.close();
});

test("from the top of a story, a skip link takes the keyboard to the comments in a few presses", async ({ browser }) => {
  const reader = await asRole(browser, "reader");
  const thread = new Thread(reader.page);
  await thread.openStory(seedStory.path);
  const page = reader.page;
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "انتقل إلى المحتوى" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "انتقل إلى التعليقات" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#comments$/);
  let presses = 0;
  while (presses < 6 && !(await thread.commentBox.evaluate((box) => box === document.activeElement))) {
    await page.keyboard.press("Tab");
    presses++;
  }
  await expect(thread.commentBox).toBeFocused();
  await reader.context.close();
});

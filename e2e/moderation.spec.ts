import { expect, test, type Browser } from "@playwright/test";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";
import { storageStateFor } from "./harness/run";
import { newReaderAtSeedStory, Thread, uniqueText } from "./pages/comments";
import { anonymous, asRole } from "./pages/people";

/** A new reader's comment, held for review; returns the reader's context and the comment text. */
async function pendingComment(browser: Browser, prefix: string, name?: string) {
  const { reader, thread } = await newReaderAtSeedStory(browser, name);
  const text = uniqueText(prefix);
  await thread.post(text);
  await expect(thread.comment(text).getByText("بانتظار المراجعة")).toBeVisible();
  return { ...reader, text, thread };
}

test("moderators see how many comments wait, in the header; readers do not", async ({ browser }) => {
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/");
  const link = moderator.page.locator(".account-menu").getByRole("link", { name: /الإشراف على التعليقات/ });
  await expect(link.locator(".count-badge")).toHaveText(/^\d+/);
  await expect(link).toHaveAccessibleName(/\d+ بانتظار المراجعة/);
  const reader = await asRole(browser, "reader");
  await reader.page.goto("/");
  await expect(reader.page.locator(".count-badge")).toHaveCount(0);
  await Promise.all([moderator.context.close(), reader.context.close()]);
});

test("the desk explains why each comment is there, and its shortcuts on ?", async ({ browser }) => {
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation");
  await expect(moderator.page.getByRole("heading", { level: 1 })).toHaveText("الإشراف على التعليقات");
  const suspect = moderator.page.locator(".queue-item", { hasText: "والمراسل غبي" });
  await expect(suspect.locator("mark")).toHaveText("غبي");
  await expect(suspect).toContainText("كلمة مشبوهة: «غبي» عند الحرف");
  await expect(suspect).toContainText(/معتمد \d+ · معلّق \d+/);

  await moderator.page.keyboard.press("?");
  const help = moderator.page.getByRole("dialog", { name: "اختصارات لوحة المفاتيح" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("row", { name: /اعتماد التعليق الحالي/ })).toBeVisible();
  await moderator.page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expectNoSeriousA11yViolations(moderator.page);
  await moderator.context.close();
});

test("several comments are rejected at once, and leave the public thread", async ({ browser }) => {
  test.setTimeout(60_000);
  const first = await pendingComment(browser, "تعليق في دفعة أولى");
  const second = await pendingComment(browser, "تعليق في دفعة ثانية");
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation");
  for (const { text } of [first, second]) {
    await moderator.page.locator(".queue-item", { hasText: text }).getByRole("checkbox").check();
  }
  await expect(moderator.page.getByText("2 محدد")).toBeVisible();
  await Promise.all([
    moderator.page.waitForResponse((response) => response.request().method() === "POST"),
    moderator.page.getByRole("button", { name: "رفض المحدد" }).click(),
  ]);
  for (const { text } of [first, second]) {
    await expect(moderator.page.locator(".queue-item", { hasText: text })).toHaveCount(0);
  }
  await moderator.page.goto("/moderation?queue=removed");
  await expect(moderator.page.locator(".queue-item", { hasText: first.text })).toContainText("مرفوض");

  await first.thread.openStory(seedStory.path);
  await expect(first.thread.comment(first.text).getByText("لم يُنشر")).toBeVisible();
  await Promise.all([first.context.close(), second.context.close(), moderator.context.close()]);
});

test("a suspended reader is told so instead of getting a form, and the log says who did it and why", async ({ browser }) => {
  test.setTimeout(60_000);
  const reader = await pendingComment(browser, "تعليق قبل الإيقاف", "معلّق مزعج");
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation");
  await moderator.page.locator(".queue-item", { hasText: reader.text }).click();
  await moderator.page.locator(".queue-item", { hasText: reader.text }).getByRole("link", { name: "ملف المعلّق" }).click();
  await expect(moderator.page.getByRole("heading", { level: 1 })).toContainText("معلّق مزعج");
  await moderator.page.getByLabel("المدة").selectOption("3");
  const reason = uniqueText("إساءة متكررة للمعلّقين");
  await moderator.page.getByLabel("السبب (يُسجَّل ويراه المشرفون)").fill(reason);
  await moderator.page.getByRole("button", { name: "تطبيق" }).click();
  await expect(moderator.page.getByText("طُبّق الإجراء")).toBeVisible();
  await expect(moderator.page.getByText(reason)).toBeVisible();

  await reader.thread.openStory(seedStory.path);
  await expect(reader.thread.section.getByText(/حسابك موقوف عن التعليق حتى/)).toBeVisible();
  await expect(reader.thread.commentBox).toHaveCount(0);

  const admin = await asRole(browser, "admin");
  await admin.page.goto("/moderation/log");
  const entry = admin.page.getByRole("row", { name: new RegExp(reason) });
  await expect(entry).toContainText("أُوقف المعلّق");
  await expect(entry).toContainText("عمر المشرف");
  await expect(entry).toContainText("معلّق مزعج");

  const refused = await moderator.page.goto("/moderation/log");
  expect(refused?.status()).toBe(403);
  await Promise.all([reader.context.close(), moderator.context.close(), admin.context.close()]);
});

test("moderators manage the word lists; settings are read-only to them and editable by admins", async ({ browser }) => {
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation/words");
  const word = `كلمة${Date.now() % 100000}`;
  await moderator.page.getByLabel("الكلمة أو العبارة").fill(word);
  await moderator.page.getByLabel("القائمة").selectOption("suspect");
  await moderator.page.getByRole("button", { name: "إضافة", exact: true }).click();
  const suspectList = moderator.page.getByRole("region", { name: /الكلمات المشبوهة/ });
  await expect(suspectList.getByText(word, { exact: true })).toBeVisible();
  await suspectList.getByRole("button", { name: `حذف «${word}»` }).click();
  await expect(suspectList.getByText(word, { exact: true })).toHaveCount(0);

  await moderator.page.goto("/moderation/settings");
  await expect(moderator.page.getByText(/يعدّل هذه الإعدادات مدير الموقع/)).toBeVisible();
  await expect(moderator.page.getByLabel(/عدد التعليقات المعتمدة/)).toBeDisabled();
  await expect(moderator.page.getByRole("button", { name: "حفظ الإعدادات" })).toHaveCount(0);

  const admin = await asRole(browser, "admin");
  await admin.page.goto("/moderation/settings");
  await expect(admin.page.getByLabel(/عدد التعليقات المعتمدة/)).toBeEnabled();
  await admin.page.getByRole("button", { name: "حفظ الإعدادات" }).click();
  await expect(admin.page.getByText(/حُفظت الإعدادات/)).toBeVisible();
  await Promise.all([moderator.context.close(), admin.context.close()]);
});

test("a moderation action replayed without a session, or by a reader, changes nothing", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(60_000);
  const reader = await pendingComment(browser, "تعليق لاختبار إعادة الإرسال");
  const moderator = await asRole(browser, "moderator");
  await moderator.page.goto("/moderation");
  const item = moderator.page.locator(".queue-item", { hasText: reader.text });
  await item.click();
  await moderator.page.route("**/moderation*", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  const [request] = await Promise.all([
    moderator.page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    item.getByRole("button", { name: /اعتماد/ }).click(),
  ]);
  const replay = {
    headers: { "next-action": request.headers()["next-action"]!, "content-type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8" },
    data: request.postDataBuffer()!,
  };
  for (const storageState of [undefined, storageStateFor("reader")]) {
    const client = await playwright.request.newContext({ baseURL, storageState });
    const response = await client.post("/moderation", replay);
    expect(response.status()).toBeLessThan(500);
    await client.dispose();
  }

  const visitor = await anonymous(browser);
  await new Thread(visitor.page).openStory(seedStory.path);
  await expect(visitor.page.getByText(reader.text)).toHaveCount(0);
  await moderator.page.unrouteAll();
  await moderator.page.goto("/moderation");
  await expect(moderator.page.locator(".queue-item", { hasText: reader.text })).toBeVisible();
  await Promise.all([reader.context.close(), moderator.context.close(), visitor.context.close()]);
});

test("the comment thread's own route answers only for published stories", async ({ request }) => {
  const missing = await request.get("/api/articles/00000000-0000-4000-8000-000000000000/comments");
  expect(missing.status()).toBe(404);
  const nonsense = await request.get("/api/articles/not-a-uuid/comments");
  expect(nonsense.status()).toBe(404);
});

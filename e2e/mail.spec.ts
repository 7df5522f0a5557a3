import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, seedStory } from "./fixtures";
import { approveFromDesk, newReaderAtSeedStory, Thread, uniqueText } from "./pages/comments";
import { LoginPage } from "./pages/login-page";
import { countMail, linkPath, waitForMail } from "./pages/mailbox";
import { anonymous, asRole, newReader, verifyAddress } from "./pages/people";

// Accounts by e-mail, read from the run's SMTP sink as they arrived (e2e/harness/mail-sink.ts).

test("a new reader verifies the address from the e-mail, then comments", async ({ browser }) => {
  const reader = await newReader(browser, { name: "قارئة تتحقق", verified: false });
  const thread = new Thread(reader.page);
  await thread.openStory(seedStory.path);
  await expect(thread.section.getByText("أكّد بريدك الإلكتروني لتعلّق")).toBeVisible();
  await expect(thread.commentBox).toHaveCount(0);

  const message = await waitForMail(reader.email, /أكّد بريدك الإلكتروني في خبر/);
  expect(message.html).toContain('dir="rtl"');
  expect(message.text).toContain("مرحبًا قارئة تتحقق");
  await verifyAddress(reader.page, reader.email);
  await expect(reader.page.getByText("تأكّد بريدك الإلكتروني. يمكنك التعليق الآن.")).toBeVisible();
  await expectNoSeriousA11yViolations(reader.page);

  // The link works once.
  await reader.page.goto(linkPath(message, "/verify-email/"));
  await expect(reader.page.getByText("بريدك الإلكتروني مؤكَّد.")).toBeVisible();

  await thread.openStory(seedStory.path);
  const text = uniqueText("تعليقي الأول بعد تأكيد البريد");
  await thread.post(text);
  await expect(thread.comment(text)).toBeVisible();
  await reader.context.close();
});

test("a reader who changes the address proves the new one before commenting again; the old one is told", async ({ browser }) => {
  const reader = await newReader(browser, { name: "قارئ ينتقل" });
  const moved = `moved-${crypto.randomUUID()}@example.com`;
  await reader.page.goto("/account");
  await reader.page.getByLabel("البريد الإلكتروني الجديد").fill(moved);
  await reader.page.getByLabel("كلمة مرورك للتأكيد").fill(reader.password);
  await reader.page.getByRole("button", { name: "غيّر البريد" }).click();
  await expect(reader.page.getByText("تغيّر بريدك. افتح رابط التأكيد")).toBeVisible();
  await expect(reader.page.getByText("لم تؤكّد بريدك الإلكتروني بعد")).toBeVisible();
  expect((await waitForMail(reader.email, /تغيّر بريدك الإلكتروني/)).text).toContain(moved);

  const thread = new Thread(reader.page);
  await thread.openStory(seedStory.path);
  await expect(thread.section.getByText("أكّد بريدك الإلكتروني لتعلّق")).toBeVisible();
  await verifyAddress(reader.page, moved);
  await expect(reader.page.getByText("تأكّد بريدك الإلكتروني. يمكنك التعليق الآن.")).toBeVisible();
  await reader.context.close();
});

test("a forgotten password is reset from the e-mail; the old session ends and a notice arrives", async ({ browser }) => {
  // Two e-mails, three password hashes and an accessibility scan: 30 s once fell short on a busy machine.
  test.setTimeout(60_000);
  const reader = await newReader(browser, { name: "قارئ نسي" });
  const elsewhere = await anonymous(browser);
  await elsewhere.page.goto("/login");
  await elsewhere.page.getByRole("link", { name: "نسيت كلمة المرور؟" }).click();
  await expect(elsewhere.page.getByRole("heading", { name: "نسيت كلمة المرور؟" })).toBeVisible();
  await expectNoSeriousA11yViolations(elsewhere.page);
  await elsewhere.page.getByLabel("البريد الإلكتروني").fill(reader.email);
  await elsewhere.page.getByRole("button", { name: "أرسل الرابط" }).click();
  await expect(elsewhere.page.getByText("إن كان هذا البريد مسجّلًا لدينا")).toBeVisible();

  const message = await waitForMail(reader.email, /إعادة تعيين كلمة المرور/);
  const newPassword = `كلمة-جديدة-${crypto.randomUUID().slice(0, 8)}`;
  await elsewhere.page.goto(linkPath(message, "/reset-password/"));
  await elsewhere.page.getByLabel("كلمة المرور الجديدة").fill(newPassword);
  await elsewhere.page.getByRole("button", { name: "احفظ كلمة المرور" }).click();
  await expect(elsewhere.page.getByText("تغيّرت كلمة المرور، وخرجت كل الجلسات المفتوحة")).toBeVisible();

  // The session that was open before the reset is over.
  await reader.page.goto("/account");
  await expect(reader.page).toHaveURL(/\/login/);

  const login = new LoginPage(elsewhere.page);
  await login.submit(reader.email, reader.password);
  await expect(elsewhere.page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين")).toBeVisible();
  await login.signIn(reader.email, newPassword);

  const notice = await waitForMail(reader.email, /تغيّرت كلمة مرورك/);
  expect(notice.text).toContain("نسيت كلمة المرور؟");

  // The link was for one use.
  await elsewhere.page.goto(linkPath(message, "/reset-password/"));
  await expect(elsewhere.page.getByRole("heading", { name: "انتهت صلاحية الرابط" })).toBeVisible();
  await Promise.all([reader.context.close(), elsewhere.context.close()]);
});

test("a reader who asked hears of a reply by e-mail, and the unsubscribe link stops it", async ({ browser }) => {
  test.setTimeout(90_000);
  const author = await newReader(browser, { name: "كاتبة التعليق" });
  await author.page.goto("/account");
  await author.page.getByLabel("أرسل إليّ رسالة عندما يردّ أحد على تعليقاتي").check();
  await author.page.getByRole("button", { name: "احفظ الإشعارات" }).click();
  await expect(author.page.getByText("حُفظ اختيارك.")).toBeVisible();
  const authorThread = new Thread(author.page);
  await authorThread.openStory(seedStory.path);
  const text = uniqueText("تعليق ينتظر الردود");
  await authorThread.post(text);

  const moderator = await asRole(browser, "moderator");
  await approveFromDesk(moderator.page, text);

  const replier = await newReader(browser, { name: "مجيب" });
  const replierThread = new Thread(replier.page);
  await replierThread.openStory(seedStory.path);
  const parent = replierThread.comment(text);
  await parent.getByRole("button", { name: "رد", exact: true }).click();
  const reply = uniqueText("ردّي عليك");
  await parent.getByRole("textbox", { name: /ردّ على/ }).fill(reply);
  await parent.getByRole("button", { name: "أرسل الرد" }).click();
  await expect(parent.locator(".comment-list--replies article.comment", { hasText: reply })).toBeVisible();
  await approveFromDesk(moderator.page, reply);

  const notice = await waitForMail(author.email, /ردّ جديد من مجيب على تعليقك/);
  expect(notice.text).toContain(reply);
  const header = (name: string) => notice.headerLines.find((line) => line.key === name)?.line;
  expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  const oneClick = /^List-Unsubscribe:\s*<(https?:\/\/\S+\/api\/unsubscribe\/[\w-]{43})>$/.exec(header("list-unsubscribe") ?? "");
  expect(oneClick).not.toBeNull();

  const mailbox = await anonymous(browser);
  await mailbox.page.goto(linkPath(notice, "/unsubscribe/"));
  await mailbox.page.getByRole("button", { name: "أوقف الإشعارات" }).click();
  await expect(mailbox.page.getByText("أوقفنا الإشعارات.")).toBeVisible();
  await author.page.goto("/account");
  await expect(author.page.getByLabel("أرسل إليّ رسالة عندما يردّ أحد على تعليقاتي")).not.toBeChecked();
  expect(await countMail(author.email, /على تعليقك/)).toBe(1);
  // A mail program's one-click POST (RFC 8058) to the header's address is answered too.
  expect((await mailbox.page.request.post(new URL(oneClick![1]!).pathname, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(204);
  await Promise.all([author.context.close(), replier.context.close(), moderator.context.close(), mailbox.context.close()]);
});

test("a reader downloads everything held about them as JSON", async ({ browser }) => {
  const { reader, thread } = await newReaderAtSeedStory(browser, "قارئ يصدّر");
  const text = uniqueText("تعليق في نسختي");
  await thread.post(text);
  // The account page, with its new forms, fits a 360-pixel phone.
  await reader.page.setViewportSize({ width: 360, height: 800 });
  await reader.page.goto("/account");
  expect(await reader.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const [download] = await Promise.all([reader.page.waitForEvent("download"), reader.page.getByRole("link", { name: "نزّل بياناتي (JSON)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^khabar-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync(await download.path(), "utf8"));
  expect(data.profile).toMatchObject({ email: reader.email, displayName: "قارئ يصدّر" });
  expect(data.comments).toEqual([expect.objectContaining({ body: text, status: "pending", story: seedStory.headline })]);
  await reader.context.close();
});

for (const choice of ["keep", "remove"] as const) {
  test(`a reader deletes the account and their comments are ${choice === "keep" ? "kept as «قارئ سابق»" : "removed"}`, async ({ browser }) => {
    test.setTimeout(60_000);
    const name = choice === "keep" ? "قارئة راحلة" : "قارئ ماحٍ";
    const { reader, thread } = await newReaderAtSeedStory(browser, name);
    const text = uniqueText("تعليق قبل الرحيل");
    await thread.post(text);
    const moderator = await asRole(browser, "moderator");
    await approveFromDesk(moderator.page, text);

    await reader.page.goto("/account");
    await reader.page.getByLabel(choice === "keep" ? "أبقِ تعليقاتي باسم «قارئ سابق»" : "احذف تعليقاتي").check();
    await reader.page.getByLabel("كلمة المرور", { exact: true }).fill("not-my-password");
    await reader.page.getByRole("button", { name: "احذف حسابي نهائيًا" }).click();
    await expect(reader.page.getByText("كلمة المرور الحالية غير صحيحة.")).toBeVisible();
    await reader.page.getByLabel("كلمة المرور", { exact: true }).fill(reader.password);
    await reader.page.getByRole("button", { name: "احذف حسابي نهائيًا" }).click();
    await expect(reader.page.getByText("حُذف حسابك وبياناتك الشخصية.")).toBeVisible();

    const visitor = await anonymous(browser);
    const visitorThread = new Thread(visitor.page);
    await visitorThread.openStory(seedStory.path);
    if (choice === "keep") {
      await expect(visitorThread.comment(text)).toContainText("قارئ سابق");
      await expect(visitorThread.section.getByText(name)).toHaveCount(0);
    } else {
      await expect(visitorThread.section.getByText(text)).toHaveCount(0);
    }
    const login = new LoginPage(visitor.page);
    await login.open();
    await login.submit(reader.email, reader.password);
    await expect(visitor.page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين")).toBeVisible();
    await Promise.all([reader.context.close(), moderator.context.close(), visitor.context.close()]);
  });
}

test("admins see the mail queue in the outbox; a sent message's links stay its recipient's", async ({ browser }) => {
  const reader = await newReader(browser, { name: "قارئ في الصادر" });
  const admin = await asRole(browser, "admin");
  await admin.page.goto("/admin/users");
  await admin.page.getByRole("link", { name: "البريد الصادر" }).click();
  const row = admin.page.getByRole("row").filter({ hasText: reader.email });
  await expect(row).toContainText("أكّد بريدك الإلكتروني في خبر");
  await expect(row).toContainText("أُرسلت");
  await expect(row.getByText("نص الرسالة")).toHaveCount(0);

  const visitor = await anonymous(browser);
  const response = await visitor.page.goto("/admin/outbox");
  await expect(visitor.page).toHaveURL(/\/login/);
  expect(response?.ok()).toBe(true);
  await Promise.all([reader.context.close(), admin.context.close(), visitor.context.close()]);
});

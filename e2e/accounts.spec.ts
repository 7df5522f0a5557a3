import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed";
import type { UserRole } from "@/db/schema/enums";
import { storageStateFor } from "./harness/run";
import { accountMenu, landingOf, LoginPage } from "./pages/login-page";
import { linkPath, waitForMail } from "./pages/mailbox";
import { asRole, newClientAddress, newReader, register, type Reader } from "./pages/people";

const staffLinks: Record<UserRole, string[]> = {
  reader: [],
  writer: ["غرفة الأخبار", "الوكالات"],
  editor: ["غرفة الأخبار", "الوكالات"],
  moderator: ["الإشراف على التعليقات"],
  admin: ["غرفة الأخبار", "الوكالات", "الإشراف على التعليقات", "المستخدمون"],
};
const allStaffLinks = ["غرفة الأخبار", "الوكالات", "الإشراف على التعليقات", "المستخدمون"];

/** The reader's session on a second device, open at their account page. */
async function signedInElsewhere(browser: Browser, reader: Reader) {
  const otherDevice = await browser.newContext({ baseURL: reader.front.origin, storageState: await reader.context.storageState() });
  const otherPage = await otherDevice.newPage();
  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { name: "حسابي" })).toBeVisible();
  return { otherDevice, otherPage };
}

test.describe("signed-in roles", () => {
  for (const role of Object.keys(staffLinks) as UserRole[]) {
    test(`${role} sees exactly the links their role may use`, async ({ browser }) => {
      const { context, page } = await asRole(browser, role);
      await page.goto("/");
      const menu = page.locator(".account-menu");
      await expect(menu.getByRole("link", { name: "تسجيل الدخول" })).toBeHidden();
      for (const label of allStaffLinks) {
        await expect(menu.getByRole("link", { name: label })).toHaveCount(staffLinks[role].includes(label) ? 1 : 0);
      }
      await context.close();
    });
  }
});

test("an anonymous visitor to a staff area signs in and comes back to it", async ({ page }) => {
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Feditor/);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
  await new LoginPage(page).submit("admin@khabar.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "المستخدمون" })).toBeVisible();
});

test("a reader who opens the users page is refused with a 403 page", async ({ browser }) => {
  const { context, page } = await asRole(browser, "reader");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("لا تملك صلاحية الوصول");
  await context.close();
});

test("login never redirects off-site after signing in", async ({ page }) => {
  await new LoginPage(page).open("https://evil.example/steal");
  await new LoginPage(page).submit("reader@khabar.test", DEMO_PASSWORD);
  await expect(page).toHaveURL("/");
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const login = new LoginPage(page);
  await login.open();
  await login.submit("reader@khabar.test", "not-the-password");
  const message = "البريد الإلكتروني أو كلمة المرور غير صحيحين. تحقّق منهما وأعد المحاولة.";
  await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue("reader@khabar.test");
  await expect(page.getByLabel("كلمة المرور")).toHaveValue("");
  await login.submit(`nobody-${randomUUID()}@example.com`, "not-the-password");
  await expect(page.getByText(message)).toBeVisible();
});

test("repeated wrong passwords are refused from the guesser's address; the owner still signs in from theirs", async ({ browser }) => {
  // The account is slowed down while it is being guessed at (1, 2, 4 then 8 s per attempt).
  test.setTimeout(90_000);
  const { context, email, password, front } = await newReader(browser, { name: "قارئ تجريبي" });
  await context.close();
  const page = await browser.newPage();
  const login = new LoginPage(page);
  await login.open();
  for (let attempt = 0; attempt < 8; attempt++) {
    await login.submit(email, `wrong-${attempt}-password`);
    await expect(page.getByLabel("كلمة المرور")).toHaveValue("");
    await expect(page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين")).toBeVisible();
  }
  await login.submit(email, "wrong-again-password");
  await expect(page.getByText(/محاولات كثيرة في وقت قصير/)).toBeVisible();
  await page.close();

  const owner = await browser.newContext({ baseURL: front.origin });
  await new LoginPage(await owner.newPage()).signIn(email, password);
  await owner.close();
});

test("registration explains bad input in Arabic beside each field and keeps what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("الاسم الظاهر").fill("س");
  await page.getByLabel("البريد الإلكتروني").fill("not-an-email");
  await page.getByLabel("كلمة المرور").fill("password123");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByLabel("الاسم الظاهر")).toHaveAccessibleDescription(/حرفان على الأقل/);
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveAccessibleDescription(/ليس عنوان بريد إلكتروني صالحًا/);
  await expect(page.getByLabel("كلمة المرور")).toHaveAccessibleDescription(/من أكثر كلمات المرور شيوعًا/);
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveValue("not-an-email");
  await expect(page.getByLabel("كلمة المرور")).toHaveValue("");

  await page.getByLabel("الاسم الظاهر").fill("سامر");
  await page.getByLabel("البريد الإلكتروني").fill("  Reader@Khabar.TEST ");
  await page.getByLabel("كلمة المرور").fill("طويلة-وغير-شائعة-2026");
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await expect(page.getByLabel("البريد الإلكتروني")).toHaveAccessibleDescription(/مسجّل في حساب آخر/);
});

test("a tampered session cookie is treated as signed out", async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  await context.addCookies([{ name: "authjs.session-token", value: "forged.token.value", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();
  await context.close();
});

test("an admin deactivates a signed-in reader, whose very next request is signed out", async ({ browser }) => {
  // Registers, then works two sessions: more steps than the default budget allows on a busy machine.
  test.setTimeout(60_000);
  const reader = await newReader(browser, { name: "قارئ تجريبي" });
  await reader.page.goto("/account");
  await expect(reader.page.getByRole("heading", { name: "حسابي" })).toBeVisible();

  const admin = await asRole(browser, "admin");
  await admin.page.goto(`/admin/users?q=${encodeURIComponent(reader.email)}`);
  await admin.page.getByRole("button", { name: "تعطيل: قارئ تجريبي" }).click();
  await expect(admin.page.getByRole("cell", { name: /معطّل/ })).toBeVisible();

  await reader.page.goto("/account");
  await expect(reader.page).toHaveURL(/\/login/);
  await new LoginPage(reader.page).submit(reader.email, reader.password);
  await expect(reader.page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين")).toBeVisible();
  await Promise.all([reader.context.close(), admin.context.close()]);
});

test("signing out everywhere ends the session on other devices", async ({ browser }) => {
  // Registers, then works two sessions: more steps than the default budget allows on a busy machine.
  test.setTimeout(60_000);
  const reader = await newReader(browser, { name: "قارئ تجريبي" });
  const { otherDevice, otherPage } = await signedInElsewhere(browser, reader);

  await reader.page.goto("/account");
  await reader.page.getByRole("button", { name: "تسجيل الخروج من كل الأجهزة" }).click();
  await expect(reader.page).toHaveURL(/\/login/);
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login/);
  await Promise.all([reader.context.close(), otherDevice.close()]);
});

test("a server action replayed without a session, or by a reader, changes nothing", async ({ browser, playwright, baseURL }) => {
  const admin = await asRole(browser, "admin");
  await admin.page.goto(`/admin/users?q=${encodeURIComponent("reader@khabar.test")}`);
  await admin.page.getByLabel("الدور: هدى القارئة").selectOption("admin");
  // The block is in place before the click, so the demo reader can never become an admin.
  await admin.page.route("**/admin/users*", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  const [request] = await Promise.all([
    admin.page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    admin.page.getByRole("cell", { name: "الدور: هدى القارئة" }).getByRole("button", { name: "تطبيق" }).click(),
  ]);
  const replay = { headers: { "next-action": request.headers()["next-action"]!, "content-type": request.headers()["content-type"]! }, data: request.postDataBuffer()! };

  for (const storageState of [undefined, storageStateFor("reader")]) {
    const client = await playwright.request.newContext({ baseURL, storageState });
    const response = await client.post("/admin/users", replay);
    expect(response.status()).toBeLessThan(500);
    await client.dispose();
  }

  await admin.page.unrouteAll();
  await admin.page.goto(`/admin/users?q=${encodeURIComponent("reader@khabar.test")}`);
  await expect(admin.page.getByLabel("الدور: هدى القارئة")).toHaveValue("reader");
  await admin.context.close();
});

test("changing the password signs the account out on other devices, and keeps this one signed in", async ({ browser }) => {
  // Registers, then works two sessions: more steps than the default budget allows on a busy machine.
  test.setTimeout(60_000);
  const reader = await newReader(browser, { name: "قارئ يغيّر كلمته" });
  const { otherDevice, otherPage } = await signedInElsewhere(browser, reader);

  await reader.page.goto("/account");
  await reader.page.getByLabel("كلمة المرور الحالية").fill(reader.password);
  await reader.page.getByLabel("كلمة المرور الجديدة").fill(`شاي-المساء-${randomUUID().slice(0, 8)}`);
  await reader.page.getByRole("button", { name: "تغيير كلمة المرور" }).click();
  await expect(reader.page.getByText("تغيّرت كلمة المرور، وخرجت جلساتك على الأجهزة الأخرى.")).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/login/);
  await reader.page.goto("/account");
  await expect(reader.page.getByRole("heading", { name: "حسابي" })).toBeVisible();
  await Promise.all([reader.context.close(), otherDevice.close()]);
});

test("one address may open ten accounts an hour; the eleventh is refused in Arabic, others are not", async ({ browser }) => {
  // Twelve registrations through the form.
  test.setTimeout(300_000);
  const sharedConnection = await newClientAddress();
  for (let registration = 0; registration < 10; registration++) {
    const reader = await newReader(browser, { from: sharedConnection });
    await reader.context.close();
  }
  const context = await browser.newContext({ baseURL: sharedConnection.origin });
  const page = await context.newPage();
  await register(page, "القارئ الحادي عشر");
  await expect(page.getByText(/محاولات كثيرة في وقت قصير/)).toBeVisible();
  await expect(page).toHaveURL(/\/register/);

  const elsewhere = await newReader(browser, { name: "قارئ من اتصال آخر" });
  await elsewhere.page.goto("/account");
  await expect(elsewhere.page.getByRole("heading", { name: "حسابي" })).toBeVisible();
  await Promise.all([context.close(), elsewhere.context.close()]);
});

/** A browser of its own, from an address of its own, so that its sign-ins count against no one else's. */
async function freshBrowser(browser: Browser) {
  const front = await newClientAddress();
  const context = await browser.newContext({ baseURL: front.origin });
  return { context, page: await context.newPage() };
}

async function expectSignedInHeader(page: Page, name: string, links: string[]) {
  const menu = accountMenu(page);
  await expect(menu.getByRole("link", { name: "تسجيل الدخول" })).toBeHidden();
  await expect(menu.getByRole("link", { name })).toBeVisible();
  for (const label of links) await expect(menu.getByRole("link", { name: label })).toBeVisible();
}

test.describe("signing in", () => {
  for (const account of DEMO_ACCOUNTS) {
    test(`a ${account.role} lands where they work, and the header is signed in at once`, async ({ browser }) => {
      const { context, page } = await freshBrowser(browser);
      await new LoginPage(page).open();
      await new LoginPage(page).submit(account.email, DEMO_PASSWORD);
      await expect(page).toHaveURL(landingOf[account.role]);
      // No reload: the header follows the session the moment it changes.
      await expectSignedInHeader(page, account.displayName, staffLinks[account.role]);
      // And on the next page, reached from the masthead.
      await page.getByRole("link", { name: "خبر: الرئيسية" }).click();
      await expect(page).toHaveURL("/");
      await expectSignedInHeader(page, account.displayName, staffLinks[account.role]);
      await context.close();
    });
  }

  test("a new reader is signed in at once after registering", async ({ browser }) => {
    const reader = await newReader(browser, { name: "قارئة سجّلت للتو" });
    await expectSignedInHeader(reader.page, "قارئة سجّلت للتو", []);
    await reader.context.close();
  });

  test("a staff page never shows the signed-out header while it finds out who is signed in, on a phone too", async ({ browser }) => {
    const { context, page } = await asRole(browser, "editor");
    await page.setViewportSize({ width: 390, height: 844 });
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    await page.route("**/api/me", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/editor");
    await expect(page.getByRole("heading", { level: 1, name: "غرفة الأخبار" })).toBeVisible();
    await expect(accountMenu(page).getByRole("link", { name: "تسجيل الدخول" })).toBeHidden();
    answer();
    await expect(accountMenu(page).getByRole("link", { name: "غرفة الأخبار" })).toBeVisible();
    await context.close();
  });

  test("an admin chooses where to land; a page to return to still wins, and signing out shows at once", async ({ browser }) => {
    test.setTimeout(90_000);
    const email = `chief-${randomUUID()}@example.com`;
    const password = `مفتاح-المكتب-${randomUUID().slice(0, 8)}`;
    const admin = await asRole(browser, "admin");
    await admin.page.goto("/admin/users");
    const create = admin.page.locator("form").filter({ has: admin.page.getByRole("button", { name: "إضافة" }) });
    await create.getByLabel("الاسم الظاهر").fill("رئيسة التحرير الجديدة");
    await create.getByLabel("البريد الإلكتروني").fill(email);
    await create.getByLabel("الدور").selectOption("admin");
    await create.getByLabel("صيغة الذكر في الرسائل").selectOption("feminine");
    await create.getByRole("button", { name: "إضافة" }).click();
    await expect(admin.page.getByText("أُضيفت رئيسة التحرير الجديدة، وأُرسل إلى بريدها الإلكتروني رابط تختار به كلمة مرورها.")).toBeVisible();
    await admin.context.close();

    // The new colleague chooses the password from the link in the e-mail; the admin never knows it.
    const { context, page } = await freshBrowser(browser);
    await page.goto(linkPath(await waitForMail(email, /حسابك في غرفة أخبار خبر/), "/reset-password/"));
    await page.getByLabel("كلمة المرور الجديدة").fill(password);
    await page.getByRole("button", { name: "احفظ كلمة المرور" }).click();
    await expect(page).toHaveURL("/login?reset=1");
    const login = new LoginPage(page);
    await login.submit(email, password);
    await expect(page).toHaveURL("/editor");

    await page.goto("/account");
    const choice = page.getByRole("group", { name: "صفحة البداية بعد الدخول" });
    await expect(choice.getByRole("radio", { name: "غرفة الأخبار" })).toBeChecked();
    await choice.getByRole("radio", { name: "الإشراف على التعليقات" }).check();
    await page.getByRole("button", { name: "احفظ صفحة البداية" }).click();
    await expect(page.getByText("حُفظت صفحة البداية.")).toBeVisible();
    await expect(choice.getByRole("radio", { name: "الإشراف على التعليقات" })).toBeChecked();

    await page.getByRole("button", { name: "تسجيل الخروج", exact: true }).click();
    await expect(page).toHaveURL("/");
    await expect(accountMenu(page).getByRole("link", { name: "تسجيل الدخول" })).toBeVisible();
    await expect(accountMenu(page).getByRole("link", { name: "غرفة الأخبار" })).toHaveCount(0);

    await login.open();
    await login.submit(email, password);
    await expect(page).toHaveURL("/moderation");

    await page.goto("/account");
    await page.getByRole("button", { name: "تسجيل الخروج", exact: true }).click();
    await expect(page).toHaveURL("/");
    await login.open("/admin/users");
    await login.submit(email, password);
    await expect(page).toHaveURL("/admin/users");
    await context.close();
  });
});

test("after an admin applies a role, or how a colleague is spoken of, the select shows what was saved", async ({ browser }) => {
  const reader = await newReader(browser, { name: "قارئة تصير كاتبة" });
  await reader.context.close();
  const admin = await asRole(browser, "admin");
  await admin.page.goto(`/admin/users?q=${encodeURIComponent(reader.email)}`);
  const role = admin.page.getByLabel("الدور: قارئة تصير كاتبة");
  const roleForm = admin.page.locator("form").filter({ has: role });
  await role.selectOption("writer");
  await roleForm.getByRole("button", { name: "تطبيق" }).click();
  await expect(roleForm.getByText("حُفظ التغيير.")).toBeVisible();
  await expect(role).toHaveValue("writer");
  await expect(role.locator("option:checked")).toHaveText("كاتب");

  const addressing = admin.page.getByLabel("صيغة الذكر في الرسائل: قارئة تصير كاتبة");
  const addressingForm = admin.page.locator("form").filter({ has: addressing });
  await expect(addressing).toHaveValue("");
  await addressing.selectOption("feminine");
  await addressingForm.getByRole("button", { name: "تطبيق" }).click();
  await expect(addressingForm.getByText("حُفظ التغيير.")).toBeVisible();
  await admin.page.reload();
  await expect(role).toHaveValue("writer");
  await expect(addressing).toHaveValue("feminine");
  await admin.context.close();
});

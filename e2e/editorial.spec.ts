import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { utcToWallTime } from "@/lib/arabic/dates";
import { slugify } from "@/lib/arabic/slugify";
import { linkPath } from "@/lib/link-paths";
import { articlePath } from "@/lib/routes";
import { seedStory } from "./fixtures";
import { storageStateFor } from "./harness/run";
import { asRole } from "./pages/people";
import { draftAs, StoryEditorPage, unique } from "./pages/story-editor-page";

test.describe("the newsroom", () => {
  test("a writer drafts a story and submits it; an editor publishes it; readers see it at once", async ({ browser }) => {
    test.setTimeout(90_000);
    // The seed story's copy under a headline of its own: other specs expect the seed's headline once.
    const headline = `هجوم على حاجز في البادية ${unique()}`;
    const writer = await draftAs(browser, "writer", headline, { paragraph: seedStory.paragraphs[0]! });
    await expect(writer.editor.body).toContainText(seedStory.paragraphs[0]!.slice(0, 40));
    await writer.editor.act("أرسل للمراجعة");
    await writer.editor.expectStatus("قيد المراجعة");
    const id = writer.editor.id;

    const { context, page } = await asRole(browser, "editor");
    await page.goto("/editor?status=in_review");
    await page.getByRole("link", { name: headline }).click();
    const editor = new StoryEditorPage(page);
    await expect(page).toHaveURL(`/editor/articles/${id}`);
    await expect(editor.headline).toHaveValue(headline);
    await editor.publishNow();
    const path = await editor.publicPath();

    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.locator(`a[href="${linkPath(path)}"]`).first()).toBeVisible();
    await reader.goto(path);
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(reader.locator(".article-body p").first()).toHaveText(seedStory.paragraphs[0]!);
    await expect(reader.getByText("ليلى الكاتبة")).toBeVisible();

    // Unpublished, it is gone on the very next request.
    await editor.act("ألغِ النشر");
    await editor.expectStatus("مسودة");
    const gone = await reader.goto(path);
    expect(gone?.status()).toBe(404);
    await Promise.all([writer.context.close(), context.close(), reader.close()]);
  });

  test("two editors save the same story: the second is refused, told who saved, and can compare", async ({ browser }) => {
    const headline = `قصة يحررها اثنان ${unique()}`;
    const first = await draftAs(browser, "editor", headline);
    const id = first.editor.id;

    const second = await asRole(browser, "admin");
    const other = new StoryEditorPage(second.page);
    await other.open(id);
    await expect(second.page.getByText("كريم المحرر يحرّر هذا الخبر الآن")).toBeVisible();

    await first.editor.headline.fill(`${headline}: نسخة كريم`);
    await first.editor.save();
    await first.editor.expectSaved();

    await other.headline.fill(`${headline}: نسخة سلمى`);
    await other.save();
    const alert = second.page.getByRole("alert").filter({ hasText: "حفظ كريم المحرر نسخة أحدث من هذا الخبر" });
    await expect(alert).toBeVisible();
    // Nothing was overwritten, and nothing typed was lost.
    await expect(other.headline).toHaveValue(`${headline}: نسخة سلمى`);
    await first.page.reload();
    await expect(first.editor.headline).toHaveValue(`${headline}: نسخة كريم`);
    // The seeded admin is a woman: the notice agrees with her.
    await expect(first.page.getByText("سلمى المديرة تحرّر هذا الخبر الآن. يمكنك التعديل، لكن نسّق معها")).toBeVisible();

    await alert.getByRole("button", { name: "قارن النسختين" }).click();
    const merge = second.page.getByRole("region", { name: "قارن وادمج" });
    await expect(merge.locator(".merge-field__side--theirs").first()).toContainText(`${headline}: نسخة كريم`);
    await expect(merge.locator(".merge-field__side--mine").first()).toContainText(`${headline}: نسخة سلمى`);
    await merge.getByRole("button", { name: "احفظ نسختي المدموجة" }).click();
    await other.expectSaved();
    await first.page.reload();
    await expect(first.editor.headline).toHaveValue(`${headline}: نسخة سلمى`);
    await Promise.all([first.context.close(), second.context.close()]);
  });

  test("a story scheduled a little ahead goes live by itself", async ({ browser }) => {
    test.setTimeout(120_000);
    const headline = `خبر مجدول ${unique()}`;
    const { context, page, editor } = await draftAs(browser, "editor", headline);
    const dueAt = Date.now() + 30_000;
    await page.getByRole("button", { name: "جدولة", exact: true }).click();
    await page.getByLabel("موعد النشر").fill(utcToWallTime(new Date(dueAt), "Asia/Damascus", true));
    await page.getByRole("button", { name: "ثبّت الموعد" }).click();
    await editor.expectStatus("مجدول");
    await context.close();

    const reader = await browser.newPage();
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: headline })).toHaveCount(0);
    // The absence above proves something only if it was seen before the story was due.
    expect(Date.now(), "the steps before the first look took longer than the schedule's margin").toBeLessThan(dueAt);
    await expect(async () => {
      await reader.goto("/");
      await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 75_000, intervals: [2_000] });
    await reader.close();
  });

  test("a schedule time in the past is refused at the field", async ({ browser }) => {
    const { context, page } = await draftAs(browser, "editor", `موعد مضى ${unique()}`);
    await page.getByRole("button", { name: "جدولة", exact: true }).click();
    await page.getByLabel("موعد النشر").fill("2020-01-01T10:00");
    await page.getByRole("button", { name: "ثبّت الموعد" }).click();
    await expect(page.getByLabel("موعد النشر")).toHaveAccessibleDescription(/هذا الموعد مضى/);
    await context.close();
  });

  test("a published story's changed slug answers at its old URL with a permanent redirect", async ({ browser }) => {
    const headline = `رابط سيتغير ${unique()}`;
    const { context, page, editor } = await draftAs(browser, "editor", headline);
    await editor.publishNow();
    const oldPath = await editor.publicPath();
    const reader = await browser.newPage();
    expect((await reader.goto(oldPath))?.status()).toBe(200);

    const newSlug = `رابط-جديد-${unique()}`;
    await page.getByLabel("رابط الخبر").fill(newSlug);
    await editor.save();
    await editor.expectSaved();

    const response = await reader.request.get(oldPath, { maxRedirects: 0 });
    expect([301, 308]).toContain(response.status());
    for (const location of response.headersArray().filter((header) => header.name.toLowerCase() === "location")) {
      expect(location.value).toMatch(/^[\x21-\x7e]+$/);
    }
    expect(decodeURIComponent(response.headers()["location"] ?? "")).toContain(newSlug);
    await reader.goto(oldPath);
    await expect(reader).toHaveURL(new RegExp(encodeURIComponent(newSlug)));
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
    await Promise.all([context.close(), reader.close()]);
  });

  test("an older revision is restored as a new one", async ({ browser }) => {
    const headline = `نسخة أولى ${unique()}`;
    const { context, page, editor } = await draftAs(browser, "editor", headline);
    const id = editor.id;
    await editor.headline.fill(`${headline}: معدّلة`);
    await editor.save();
    await editor.expectSaved();

    await page.getByRole("link", { name: "النسخ السابقة" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "النسخ السابقة" })).toBeVisible();
    // On a phone each revision is a card whose values say what they are, with nothing to scroll sideways.
    const viewport = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    const revisions = page.locator(".table-scroll").first();
    expect(await revisions.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    const firstCell = page.locator(".revisions-table tbody tr").first().locator("td").first();
    expect(await firstCell.evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("من");
    await page.setViewportSize(viewport);
    await expect(page.locator(".diff-view .word-diff").first()).toContainText("معدّلة");
    await expect(page.locator(".diff-view .word-diff ins").filter({ hasText: "معدّلة" }).first()).toBeVisible();
    await page.getByRole("button", { name: "استعد هذه النسخة: النسخة 1" }).click();
    await expect(page.getByText("استُعيدت النسخة 1 بوصفها نسخة جديدة.")).toBeVisible();
    await expect(page.getByText("استعادة للنسخة 1")).toBeVisible();

    await editor.open(id);
    await expect(editor.headline).toHaveValue(headline);
    await context.close();
  });

  test("bad input gets Arabic messages at the field and nothing dangerous is kept", async ({ browser }) => {
    test.setTimeout(60_000);
    const { context, page } = await asRole(browser, "editor");
    const editor = new StoryEditorPage(page);
    await editor.openNew();
    await editor.typeBody("نص بلا عنوان");
    await editor.save();
    await expect(editor.headline).toHaveAccessibleDescription(/اكتب عنوانًا للخبر/);
    await expect(editor.body).toContainText("نص بلا عنوان");

    await editor.headline.fill(`لصق من موقع ${unique()}`);
    await editor.pasteHtml(
      '<h1>عنوان ملصوق</h1><p style="color:red" onclick="alert(1)">فقرة <b>مهمة</b> <a href="javascript:alert(1)">رابط خبيث</a> و<a href="https://example.com/">رابط سليم</a></p><script>alert(1)</script><img src="https://evil.example/x.png" onerror="alert(1)">',
      "فقرة مهمة",
    );
    await expect(editor.body.locator("strong")).toHaveText("مهمة");
    await expect(editor.body.locator("a")).toHaveCount(1);
    await expect(editor.body.locator("a")).toHaveAttribute("href", "https://example.com/");
    await expect(editor.body.locator("script, img, [onclick], [style]")).toHaveCount(0);
    await editor.save();
    await expect(page.locator(".field__error")).toHaveCount(0);
    await editor.expectSaved();

    // An image that is not an image, whatever its name says.
    await page.getByLabel("ارفع صورة").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("<script>alert(1)</script>") });
    await expect(page.getByLabel("ارفع صورة")).toHaveAccessibleDescription(/ليس صورة/);
    await page.getByLabel("ارفع صورة").setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(11 * 1024 * 1024) });
    await expect(page.getByLabel("ارفع صورة")).toHaveAccessibleDescription(/أكبر من 10 ميغابايت/);
    await context.close();
  });

  test("a list pasted from Word arrives as a list, without its bullets as text", async ({ browser }) => {
    const { context, page } = await asRole(browser, "editor");
    const editor = new StoryEditorPage(page);
    await editor.openNew();
    const wordItem = (text: string) =>
      `<p class=MsoListParagraphCxSpMiddle dir=RTL style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>` +
      `<span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`;
    await editor.pasteHtml(`<p class=MsoNormal>الأرقام الأولية:<o:p></o:p></p>${wordItem("عشرون قتيلًا")}${wordItem("ثلاثون جريحًا")}`, "");
    await expect(editor.body.locator("ul > li")).toHaveText(["عشرون قتيلًا", "ثلاثون جريحًا"]);
    await expect(editor.body).not.toContainText("·");
    await context.close();
  });

  test("a cover image is resized, needs alt text, and reaches readers without layout shift", async ({ browser }) => {
    const headline = `خبر مصوّر ${unique()}`;
    const { context, page, editor } = await draftAs(browser, "editor", headline);
    const png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: "#2b6cb0" } }).png().toBuffer();
    await page.getByLabel("ارفع صورة").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: png });
    await expect(page.getByLabel("النص البديل")).toBeVisible();
    await editor.save();
    await expect(page.getByLabel("النص البديل")).toHaveAccessibleDescription(/اكتب نصًا بديلًا/);
    await page.getByLabel("النص البديل").fill("سماء زرقاء فوق دمشق");
    await page.getByLabel("التعليق على الصورة").fill("سماء دمشق صباح اليوم");
    await page.getByLabel("حقوق الصورة").fill("خبر / Photo Desk");
    await editor.save();
    await editor.expectSaved();
    await editor.publishNow();
    const path = await editor.publicPath();

    const reader = await browser.newPage();
    await reader.goto(path);
    const image = reader.getByRole("img", { name: "سماء زرقاء فوق دمشق" });
    await expect(image).toHaveAttribute("width", "1800");
    await expect(image).toHaveAttribute("height", "1200");
    await expect(reader.locator("figcaption")).toContainText("سماء دمشق صباح اليوم");
    const src = (await image.getAttribute("src"))!;
    const media = await reader.request.get(src);
    expect(media.status()).toBe(200);
    expect(media.headers()["cache-control"]).toContain("immutable");
    expect(media.headers()["etag"]).toBeTruthy();
    await Promise.all([context.close(), reader.close()]);
  });

  test("only staff who may edit a draft can preview it", async ({ browser }) => {
    const headline = `معاينة ${unique()}`;
    const { context, editor } = await draftAs(browser, "writer", headline);
    const id = editor.id;
    const preview = await context.newPage();
    await preview.goto(`/editor/articles/${id}/preview`);
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText(headline);
    await expect(preview.getByText(/معاينة: هكذا سيرى القرّاء الخبر/)).toBeVisible();

    const reader = await asRole(browser, "reader");
    expect((await reader.page.goto(`/editor/articles/${id}/preview`))?.status()).toBe(403);
    const anonymous = await browser.newPage();
    await anonymous.goto(`/editor/articles/${id}/preview`);
    await expect(anonymous).toHaveURL(/\/login/);
    await Promise.all([context.close(), reader.context.close(), anonymous.close()]);
  });

  test("the desk lists stories by status with who changed them last", async ({ browser }) => {
    const { context, page } = await asRole(browser, "editor");
    await page.goto("/editor");
    await expect(page.getByRole("heading", { level: 1, name: "غرفة الأخبار" })).toBeVisible();
    await page.getByRole("navigation", { name: "الحالة" }).getByRole("link", { name: /قيد المراجعة/ }).click();
    await expect(page).toHaveURL(/status=in_review/);
    await expect(page.getByRole("row").nth(1)).toContainText("قيد المراجعة");
    await page.getByRole("searchbox", { name: "ابحث في العناوين" }).fill("إنفلونزا");
    await page.getByRole("searchbox", { name: "ابحث في العناوين" }).press("Enter");
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("row").nth(1)).toContainText("نور الحلبي");
    await context.close();
  });
});

test.describe("publishing safely", () => {
  test("publishing asks first with the headline, section and address; an abandoned draft of the same headline takes no address", async ({ browser }) => {
    test.setTimeout(90_000);
    const headline = `خبر بعنوان تكرر ${unique()}`;
    const abandoned = await draftAs(browser, "writer", headline);
    await abandoned.context.close();

    const { context, editor } = await draftAs(browser, "editor", headline);
    await editor.act("انشر الآن");
    const dialog = editor.publishDialog;
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText(headline)).toBeVisible();
    await expect(dialog.getByText("سوريا", { exact: true })).toBeVisible();
    await expect(dialog.locator(".publish-confirm__url")).toHaveText(new RegExp(`/articles/${slugify(headline)}$`));
    // Nothing goes out until it is confirmed.
    await dialog.getByRole("button", { name: "إلغاء" }).click();
    await expect(dialog).toBeHidden();
    await editor.expectStatus("مسودة");

    await editor.publishNow();
    expect(await editor.publicPath()).toBe(articlePath(slugify(headline)));
    await context.close();
  });

  test("the update checkbox is named by its label alone, with its hint as its description", async ({ browser }) => {
    const { context, page, editor } = await draftAs(browser, "editor", `خبر يُحدَّث ${unique()}`);
    await editor.publishNow();
    const update = page.getByRole("checkbox", { name: "تحديث جوهري: أظهر للقرّاء وقت التحديث", exact: true });
    await expect(update).toHaveAccessibleDescription("اتركه فارغًا عند تصحيح خطأ إملائي أو صياغة.");
    await context.close();
  });

  test("returning a story to its writer takes a note, which the writer sees", async ({ browser }) => {
    test.setTimeout(90_000);
    const headline = `خبر يعود بملاحظة ${unique()}`;
    const writer = await draftAs(browser, "writer", headline);
    await writer.editor.act("أرسل للمراجعة");
    await writer.editor.expectStatus("قيد المراجعة");

    const { context, page } = await asRole(browser, "editor");
    const editor = new StoryEditorPage(page);
    await editor.open(writer.editor.id);
    await editor.act("أعده إلى الكاتب");
    const note = page.getByLabel("ملاحظة للكاتب");
    const send = page.getByRole("button", { name: "أعده مع الملاحظة" });
    await send.click();
    await expect(note).toHaveAccessibleDescription(/اكتب للكاتب ما يحتاج إليه الخبر/);
    await editor.expectStatus("قيد المراجعة");
    await note.fill("المصدر غير مذكور: أضف اسم الوكالة.");
    await send.click();
    await editor.expectStatus("مسودة");

    await writer.page.reload();
    const returned = writer.page.locator(".banner--returned");
    await expect(returned).toContainText("كريم المحرر");
    await expect(returned).toContainText("المصدر غير مذكور: أضف اسم الوكالة.");
    await Promise.all([writer.context.close(), context.close()]);
  });

  test("a colleague's 'editing now' notice goes soon after their tab closes", async ({ browser }) => {
    test.setTimeout(90_000);
    const first = await draftAs(browser, "editor", `خبر يُغلق محرّره ${unique()}`);
    const second = await asRole(browser, "admin");
    const other = new StoryEditorPage(second.page);
    await other.open(first.editor.id);
    const notice = second.page.getByText("كريم المحرر يحرّر هذا الخبر الآن");
    await expect(notice).toBeVisible();
    // Closing the tab, as the browser does when its window is closed.
    await first.page.close();
    await expect(notice).toBeHidden({ timeout: 15_000 });
    await first.context.close();
    await second.context.close();
  });

  test("the story editor is a page with a heading of its own", async ({ browser }) => {
    const { context, page } = await asRole(browser, "writer");
    const editor = new StoryEditorPage(page);
    await editor.openNew();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("خبر جديد");
    await editor.headline.fill(`عنوان يظهر في رأس الصفحة ${unique()}`);
    await editor.typeBody("نص قصير.");
    await editor.save();
    await editor.expectSaved();
    await editor.open(editor.id);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^تحرير: عنوان يظهر في رأس الصفحة/);
    await context.close();
  });
});

test.describe("the newsroom's endpoints refuse outsiders", () => {
  test("a save replayed without a session, or by a reader, changes nothing", async ({ browser, playwright, baseURL }) => {
    const headline = `خبر محمي ${unique()}`;
    const { context, page, editor } = await draftAs(browser, "editor", headline);
    await editor.headline.fill(`${headline}: تعديل لن يصل`);
    // The block is in place before the save starts, so the save can never reach the server.
    await page.route("**/editor/articles/*", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      editor.save(),
    ]);
    const replay = { headers: { "next-action": request.headers()["next-action"]!, "content-type": request.headers()["content-type"]! }, data: request.postDataBuffer()! };
    for (const storageState of [undefined, storageStateFor("reader")]) {
      const client = await playwright.request.newContext({ baseURL, storageState });
      const response = await client.post(new URL(request.url()).pathname, { ...replay, maxRedirects: 0 });
      expect(response.status()).toBeLessThan(500);
      // Without a cookie the proxy sends the request to sign in; a reader's reaches the action and is refused.
      if (storageState) expect(await response.text()).toContain("ليست لديك صلاحية");
      else expect(response.headers()["location"]).toContain("/login");
      await client.dispose();
    }
    await page.unrouteAll();
    await page.reload();
    await expect(editor.headline).toHaveValue(headline);
    await context.close();
  });

  test("image uploads and the leaving beacon need a staff session, and the tick answers only its own process", async ({ request, playwright, baseURL }) => {
    const file = { name: "x.png", mimeType: "image/png", buffer: Buffer.from("not really") };
    expect((await request.post("/api/images", { multipart: { file } })).status()).toBe(401);
    const reader = await playwright.request.newContext({ baseURL, storageState: storageStateFor("reader") });
    expect((await reader.post("/api/images", { multipart: { file } })).status()).toBe(403);
    await reader.dispose();
    // The beacon a closing editor sends to say it left a story.
    const leave = `/api/articles/${crypto.randomUUID()}/presence`;
    expect((await request.post(leave)).status()).toBe(401);
    const readerBeacon = await playwright.request.newContext({ baseURL, storageState: storageStateFor("reader") });
    expect((await readerBeacon.post(leave)).status()).toBe(403);
    await readerBeacon.dispose();
    expect((await request.post("/api/internal/tick")).status()).toBe(404);
    expect((await request.post("/api/internal/tick", { headers: { "x-khabar-tick": "guess" } })).status()).toBe(404);
  });
});

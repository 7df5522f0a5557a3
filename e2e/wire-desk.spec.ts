import { expect, test, type APIRequest, type Page } from "@playwright/test";
import { E2E_AGENCY as agency, FENCED_AGENCY, fencedKey, ninjs, sendWireFile, sendWireItem } from "./harness/wire-agency";
import { utcToWallTime } from "@/lib/arabic/dates";
import { run, storageStateFor } from "./harness/run";
import { asRole } from "./pages/people";
import { StoryEditorPage, unique } from "./pages/story-editor-page";

// The wire desk's journey: agency copy arrives, becomes a story, is updated and killed by its
// agency, and the story is withdrawn with a notice readers see; and an embargo holds a story back.

test.describe.configure({ mode: "serial" });

/**
 * Presses a form's button with its request held back, then sends that same server action with no
 * session and as a reader, as anyone could; the page is reloaded for the caller to check nothing changed.
 */
async function replayAsOutsiders(page: Page, request: APIRequest, press: () => Promise<void>) {
  const path = new URL(page.url()).pathname;
  await page.route(`**${path}`, (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  const [sent] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])), press()]);
  const replay = { headers: { "next-action": sent.headers()["next-action"]!, "content-type": sent.headers()["content-type"]! }, data: sent.postDataBuffer()! };
  for (const storageState of [undefined, storageStateFor("reader")]) {
    const client = await request.newContext({ baseURL: new URL(page.url()).origin, storageState });
    expect((await client.post(path, replay)).status()).toBeLessThan(500);
    await client.dispose();
  }
  await page.unrouteAll();
  await page.reload();
}

async function openItem(page: Page, headline: string) {
  await page.goto(`/editor/wire?agency=${agency.slug}`);
  await page.getByRole("link", { name: headline }).click();
  await expect(page.getByRole("heading", { level: 1, name: headline })).toBeVisible();
}

/** Opens the agency's item from the queue and makes a draft of it; the editor is left on the draft. */
async function useAsDraft(page: Page, headline: string) {
  await openItem(page, headline);
  await page.getByRole("button", { name: "استخدمه مسودة" }).click();
  await expect(page).toHaveURL(/\/editor\/articles\/[0-9a-f-]{36}$/);
  const editor = new StoryEditorPage(page);
  await expect(editor.body).toBeVisible();
  return editor;
}

test("urgent agency copy becomes a story; the agency's update is read, its kill withdraws the story, and readers are told", async ({ browser, playwright }) => {
  test.setTimeout(120_000);
  const uri = `urn:e2e:${unique()}`;
  const headline = `انفجار في مرفأ طرطوس ${unique()}`;
  const first = ["قالت مصادر في المرفأ إن انفجارًا وقع صباح اليوم في مستودع للوقود.", "ولم ترد أنباء عن إصابات."];
  expect((await sendWireItem({ uri, version: 1, headline, paragraphs: first, place: "طرطوس", urgency: 1 })).status).toBe(201);

  const { context, page } = await asRole(browser, "editor");
  await page.goto("/editor");
  const urgentOnDesk = page.getByRole("region", { name: "عاجل من الوكالات" });
  await expect(urgentOnDesk.getByRole("link", { name: headline })).toBeVisible();
  await page.goto(`/editor/wire?agency=${agency.slug}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: headline }) });
  await expect(row.getByText("عاجل", { exact: true })).toBeVisible();
  await expect(row.getByText("النسخة 1")).toBeVisible();

  await openItem(page, headline);
  await replayAsOutsiders(page, playwright.request, () => page.getByRole("button", { name: "استخدمه مسودة" }).click());
  await expect(page.getByText("لم يُؤخذ منه خبر بعد.")).toBeVisible();
  const editor = await useAsDraft(page, headline);
  const id = editor.id;
  await expect(editor.headline).toHaveValue(headline);
  await expect(page.getByLabel("مكان الخبر ومصدره")).toHaveValue(`طرطوس (${agency.attribution})`);
  await expect(editor.body).toContainText(first[0]!);
  await expect(page.getByText(`مأخوذ من ${agency.name}`)).toBeVisible();
  await editor.publishNow();
  const path = await editor.publicPath();

  // Version 2: the editor sees what changed, and says so once read.
  const second = ["قالت مصادر في المرفأ إن انفجارًا وقع صباح اليوم في مستودع للوقود.", "وأُصيب ثلاثة عمال بجروح طفيفة."];
  expect((await sendWireItem({ uri, version: 2, headline, paragraphs: second, place: "طرطوس", urgency: 1 })).status).toBe(201);
  await page.goto("/editor");
  await expect(page.getByRole("region", { name: "أخبار تنتظر قرارك بسبب الوكالات" }).getByText("نسخة أحدث من الوكالة")).toBeVisible();
  await editor.open(id);
  await expect(page.getByText(`أرسلت ${agency.name} نسخة أحدث`)).toBeVisible();
  await expect(page.locator(".wire-update ins").filter({ hasText: "ثلاثة" })).toBeVisible();
  await replayAsOutsiders(page, playwright.request, () => page.getByRole("button", { name: "اطّلعت على التحديث" }).click());
  await expect(page.getByText(`أرسلت ${agency.name} نسخة أحدث`)).toBeVisible();
  await page.getByRole("button", { name: "اطّلعت على التحديث" }).click();
  await expect(page.getByText(`أرسلت ${agency.name} نسخة أحدث`)).toBeHidden();

  // The kill: flagged on the desk and in the editor; the editor withdraws the story.
  const note = `خبر غير دقيق ${unique()}، سُحب بطلب من المصدر`;
  expect((await sendWireItem({ uri, version: 3, headline, paragraphs: second, place: "طرطوس", urgency: 1, pubstatus: "canceled", ednote: note })).status).toBe(201);
  await page.goto("/editor");
  const flagged = page.getByRole("region", { name: "أخبار تنتظر قرارك بسبب الوكالات" }).getByRole("listitem").filter({ hasText: headline });
  await expect(flagged.getByText("سحبته الوكالة")).toBeVisible();
  await expect(flagged.getByText(note)).toBeVisible();
  await flagged.getByRole("link", { name: headline }).click();
  const alert = page.getByRole("alert").filter({ hasText: `سحبت ${agency.name} الخبر` });
  await expect(alert.getByText(note)).toBeVisible();
  const withdrawal = `سُحب هذا الخبر لأن ${agency.name} سحبت الخبر الذي استند إليه.`;
  await expect(alert.getByLabel("ما يقرؤه القرّاء مكان الخبر")).toHaveValue(withdrawal);
  await replayAsOutsiders(page, playwright.request, () => alert.getByRole("button", { name: "اسحب الخبر من الموقع" }).click());
  await editor.expectStatus("منشور");
  await alert.getByRole("button", { name: "اسحب الخبر من الموقع" }).click();
  await expect(page.getByText("سُحب هذا الخبر من الموقع")).toBeVisible();
  await editor.expectStatus("مسودة");

  const reader = await browser.newPage();
  await reader.goto(path);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("سُحب هذا الخبر");
  await expect(reader.getByText(withdrawal)).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await reader.goto("/");
  await expect(reader.locator(`a[href="${path}"]`)).toHaveCount(0);
  await Promise.all([context.close(), reader.close()]);
});

test("an embargoed item's story cannot go out before the embargo; the desk's own embargo is lifted only by those who may, and never lifts the agency's", async ({ browser, playwright }) => {
  test.setTimeout(90_000);
  const headline = `نتائج الامتحانات العامة ${unique()}`;
  const embargoed = new Date(Date.now() + 2 * 3_600_000);
  const paragraphs = ["تعلن وزارة التربية نتائج الامتحانات العامة ظهر اليوم."];
  expect((await sendWireItem({ uri: `urn:e2e:${unique()}`, version: 1, headline, paragraphs, place: "دمشق", embargoed })).status).toBe(201);

  const { context, page } = await asRole(browser, "editor");
  const editor = await useAsDraft(page, headline);
  await expect(page.getByText(/حظر الوكالة حتى .* \(بعد ساعتين\)/).first()).toBeVisible();
  await editor.act("انشر الآن");
  await editor.publishDialog.getByRole("button", { name: "انشر", exact: true }).click();
  await expect(page.getByText(/هذا الخبر محظور النشر حتى/).first()).toBeVisible();
  await editor.expectStatus("مسودة");

  // The desk holds it longer with an embargo of its own, which only those who may edit the story lift.
  await page.getByLabel("حظر النشر حتى").fill(utcToWallTime(new Date(Date.now() + 5 * 3_600_000), "Asia/Damascus", true));
  await page.getByRole("button", { name: "احفظ موعد الحظر" }).click();
  await expect(page.getByText(/^محظور النشر حتى .* \(بعد 5 ساعات\)/).first()).toBeVisible();
  await replayAsOutsiders(page, playwright.request, () => page.getByRole("button", { name: "ارفع الحظر" }).click());
  await expect(page.getByRole("button", { name: "ارفع الحظر" })).toBeVisible();

  // Lifted by the desk, the agency's embargo still holds the story, on the desk as in the editor.
  await page.getByRole("button", { name: "ارفع الحظر" }).click();
  await expect(page.getByRole("button", { name: "ارفع الحظر" })).toBeHidden();
  await expect(page.getByText(/حظر الوكالة حتى .* \(بعد ساعتين\)/).first()).toBeVisible();
  await page.goto("/editor");
  await expect(page.getByRole("row").filter({ hasText: headline })).toContainText(/محظور النشر حتى .* \(بعد ساعتين\)/);
  await context.close();
});

test("a file the endpoint refuses is logged with its reason under the queue", async ({ browser }) => {
  const fileName = `broken-${unique()}.json`;
  const answer = await sendWireFile(fileName, '{"uri": "urn:e2e:broken", "headlines": [');
  expect(answer.status).toBe(422);
  const { context, page } = await asRole(browser, "writer");
  await page.goto("/editor/wire");
  await page.getByText("ملفات رُفضت").click();
  const entry = page.locator(".wire-rejections li").filter({ hasText: fileName });
  await expect(entry.getByText("ملف تالف")).toBeVisible();
  await expect(entry.getByText(agency.name)).toBeVisible();
  await context.close();
});

test("the endpoint refuses a wrong key, an address the agency did not list and a file past 2 MB, and keeps none of them", async ({ browser }) => {
  const headline = `خبر لا يصل ${unique()}`;
  const item = JSON.stringify(ninjs({ uri: `urn:e2e:${unique()}`, version: 1, headline, paragraphs: ["نص لا ينبغي أن يُخزَّن."] }));
  expect((await sendWireFile("wrong-key.json", item, { key: "wire_not-the-agency-key-at-all" })).status).toBe(401);
  expect((await sendWireFile("fenced.json", item, { key: fencedKey(run.wireKey), slug: FENCED_AGENCY.slug })).status).toBe(403);
  const huge = await sendWireFile("huge.json", JSON.stringify({ ...JSON.parse(item), body_html: `<p>${"ن".repeat(1_100_000)}</p>` }));
  expect(huge.status).toBe(413);
  expect(await huge.json()).toMatchObject({ error: "too_large", message: expect.stringContaining("ميغابايت") });

  const { context, page } = await asRole(browser, "editor");
  await page.goto("/editor/wire");
  await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  await context.close();
});

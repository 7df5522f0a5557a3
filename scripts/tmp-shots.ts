import { chromium, type Page } from "@playwright/test";
import sharp from "sharp";
const base = "http://127.0.0.1:3500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
async function signedIn(email: string, width = 1280, colorScheme: "light" | "dark" = "light") {
  const context = await browser.newContext({ locale: "ar", viewport: { width, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(base + "/login");
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill("khabar-demo-2026");
  await page.getByRole("button", { name: "دخول" }).click();
  await page.waitForURL(base + "/");
  return page;
}
const shot = async (page: Page, name: string, fullPage = true) => {
  await page.waitForTimeout(700);
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage });
};
const editor = await signedIn("editor@khabar.test");
// A story with a cover image, subheadings, a quote, a list and mixed Arabic/English.
await editor.goto(base + "/editor/articles/new");
await editor.getByRole("textbox", { name: "العنوان", exact: true }).fill("شركة Nvidia تفتتح مكتبًا إقليميًا في دبي باستثمار 200 مليون دولار");
await editor.getByLabel("الرأسية").fill("تكنولوجيا");
await editor.getByLabel("الموجز").fill("المكتب الجديد يخدم 14 دولة عربية ويوظف 150 مهندسًا خلال عامين.");
await editor.getByLabel("مكان الخبر ومصدره").fill("دبي (رويترز)");
const body = editor.getByRole("textbox", { name: "نص الخبر" });
await body.click();
await editor.keyboard.insertText("قالت شركة Nvidia الأمريكية يوم الاثنين إنها ستفتتح مكتبًا إقليميًا في دبي، في خطوة تعكس تنامي الطلب على رقائق الذكاء الاصطناعي في المنطقة.");
await editor.keyboard.press("Enter");
await editor.keyboard.insertText("ما الذي يعنيه ذلك للمنطقة؟");
await editor.getByRole("button", { name: "عنوان فرعي", exact: true }).click();
await editor.keyboard.press("End");
await editor.keyboard.press("Enter");
await editor.keyboard.insertText("وقال Jensen Huang، الرئيس التنفيذي للشركة:");
await editor.keyboard.press("Enter");
await editor.getByRole("button", { name: "اقتباس" }).click();
await editor.keyboard.insertText("«المنطقة العربية واحدة من أسرع الأسواق نموًا في الحوسبة السحابية».");
await editor.keyboard.press("Enter");
await editor.keyboard.press("Enter");
await editor.getByRole("button", { name: "قائمة نقطية" }).click();
await editor.keyboard.insertText("150 وظيفة هندسية بحلول 2027");
await editor.keyboard.press("Enter");
await editor.keyboard.insertText("شراكات مع 3 جامعات إماراتية");
await editor.keyboard.press("Enter");
await editor.keyboard.press("Enter");
await editor.keyboard.insertText("\"We see enormous demand across the Gulf,\" a company spokesperson said.");
const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: "#264653" } }).composite([{ input: Buffer.from('<svg width="1800" height="1000"><rect x="200" y="300" width="1400" height="400" fill="#e9c46a"/><circle cx="1500" cy="200" r="120" fill="#f4a261"/></svg>'), top: 0, left: 0 }]).png().toBuffer();
await editor.getByLabel("ارفع صورة").setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: png });
await editor.getByLabel("النص البديل").fill("واجهة مبنى زجاجي في مركز دبي المالي العالمي");
await editor.getByLabel("التعليق على الصورة").fill("مركز دبي المالي العالمي حيث يقع المكتب الجديد");
await editor.getByLabel("حقوق الصورة").fill("رويترز");
await editor.getByLabel("المصدر أو الوكالة").fill("رويترز");
await editor.getByRole("button", { name: "احفظ", exact: true }).click();
await editor.waitForTimeout(2500);
const id = /articles\/([0-9a-f-]{36})/.exec(editor.url())![1];
await editor.goto(base + `/editor/articles/${id}`);
await editor.waitForTimeout(1500);
await shot(editor, "editor-1280-light", false);
await shot(editor, "editor-1280-light-full");
// a revision
await editor.getByRole("textbox", { name: "العنوان", exact: true }).fill("شركة Nvidia تفتتح مكتبًا إقليميًا في دبي باستثمار 250 مليون دولار");
await editor.getByRole("button", { name: "احفظ", exact: true }).click();
await editor.waitForTimeout(1500);
await editor.goto(base + `/editor/articles/${id}/revisions`);
await shot(editor, "revisions-1280-light");
await editor.goto(base + `/editor/articles/${id}/preview`);
await shot(editor, "preview-1280-light");
// conflict: admin saves meanwhile
const admin = await signedIn("admin@khabar.test");
await admin.goto(base + `/editor/articles/${id}`);
await editor.goto(base + `/editor/articles/${id}`);
await editor.waitForTimeout(1500);
await admin.getByLabel("الموجز").fill("المكتب الجديد يخدم 14 دولة عربية ويوظف 200 مهندس خلال عامين.");
await admin.getByRole("button", { name: "احفظ", exact: true }).click();
await admin.waitForTimeout(1500);
await editor.getByLabel("الموجز").fill("المكتب يخدم 14 دولة عربية، ويوظف 150 مهندسًا خلال عامين، بحسب الشركة.");
await editor.getByRole("button", { name: "احفظ", exact: true }).click();
await editor.waitForTimeout(1500);
await editor.getByRole("button", { name: "قارن النسختين" }).click();
await shot(editor, "conflict-1280-light", false);
for (const [width, scheme] of [[1280, "light"], [1280, "dark"], [390, "light"]] as const) {
  const page = await signedIn("editor@khabar.test", width, scheme);
  await page.goto(base + "/editor");
  await shot(page, `desk-${width}-${scheme}`, width === 390);
  await page.goto(base + `/editor/articles/${id}`);
  await shot(page, `editor-${width}-${scheme}`, width === 390);
  await page.context().close();
}
await browser.close();

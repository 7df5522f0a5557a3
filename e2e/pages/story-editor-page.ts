import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { asRole } from "./people";

export const unique = () => Math.random().toString(36).slice(2, 7);

export class StoryEditorPage {
  readonly headline: Locator;
  readonly body: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByRole("textbox", { name: "العنوان", exact: true });
    this.body = page.getByRole("textbox", { name: "نص الخبر" });
    this.saveState = page.locator(".save-indicator");
    // Unpublishing and archiving ask for confirmation.
    page.on("dialog", (dialog) => void dialog.accept());
  }

  async openNew() {
    await this.page.goto("/editor/articles/new");
    await this.expectEditorReady();
  }

  async open(id: string) {
    await this.page.goto(`/editor/articles/${id}`);
    await this.expectEditorReady();
  }

  /** The rich-text body appears once the editor's script has run: on a machine busy with the whole suite that took over 15 s once; the wait stays under a test's default 30 s so that it is what fails. */
  private async expectEditorReady() {
    await expect(this.body).toBeVisible({ timeout: 25_000 });
  }

  get id(): string {
    const match = /\/editor\/articles\/([0-9a-f-]{36})/.exec(this.page.url());
    if (!match) throw new Error(`not on a story: ${this.page.url()}`);
    return match[1]!;
  }

  async typeBody(text: string) {
    await this.body.click();
    await this.page.keyboard.press("ControlOrMeta+End");
    await this.page.keyboard.insertText(text);
  }

  /** Pastes HTML as a browser would from Word or a web page. */
  async pasteHtml(html: string, plain = "") {
    await this.body.click();
    await this.body.evaluate(
      (element, { html, plain }) => {
        const data = new DataTransfer();
        data.setData("text/html", html);
        data.setData("text/plain", plain);
        element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { html, plain },
    );
  }

  async save() {
    await this.page.getByRole("button", { name: /^(احفظ|حدّث الخبر المنشور)$/ }).click();
  }

  async expectSaved() {
    await expect(this.saveState).toHaveAttribute("data-state", "saved", { timeout: 15_000 });
  }

  async act(name: string) {
    await this.page.getByRole("button", { name, exact: true }).first().click();
  }

  /** The publication dialog that "انشر الآن" opens: what, where and at which address. */
  get publishDialog(): Locator {
    return this.page.getByRole("dialog", { name: "انشر الخبر الآن؟" });
  }

  /** Publishes at once, confirming what the dialog shows. */
  async publishNow() {
    await this.act("انشر الآن");
    await expect(this.publishDialog).toBeVisible();
    await this.publishDialog.getByRole("button", { name: "انشر", exact: true }).click();
    await this.expectStatus("منشور");
  }

  async expectStatus(label: string) {
    await expect(this.page.locator(".story-editor__bar .status-pill")).toHaveText(label, { timeout: 15_000 });
  }

  /** The story's public URL, from the "view on the site" link. */
  async publicPath(): Promise<string> {
    const link = this.page.getByRole("link", { name: "اعرضه على الموقع" });
    await expect(link).toBeVisible();
    return (await link.getAttribute("href"))!;
  }
}

/** A new draft by `role`, saved, with the editor left open on it. */
export async function draftAs(
  browser: Browser,
  role: "writer" | "editor" | "admin",
  headline: string,
  { paragraph = "قال مراسلنا في دمشق إن 20 عنصرًا قُتلوا في هجوم لتنظيم Daesh على حاجز في البادية.", baseURL }: { paragraph?: string; baseURL?: string } = {},
) {
  const { context, page } = await asRole(browser, role, { baseURL });
  const editor = new StoryEditorPage(page);
  await editor.openNew();
  await editor.headline.fill(headline);
  await editor.typeBody(paragraph);
  await editor.save();
  await editor.expectSaved();
  await expect(page).toHaveURL(/\/editor\/articles\/[0-9a-f-]{36}$/);
  return { context, page, editor };
}

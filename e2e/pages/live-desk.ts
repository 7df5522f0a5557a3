import { expect, type Browser, type Page } from "@playwright/test";
import { publishedStories } from "../fixtures";
import { asRole } from "./people";

/** The demo newsroom's live coverage, as readers reach it. */
export const demoLive = publishedStories.find((story) => story.headline.startsWith("تغطية مباشرة"))!;

/** An editor at the live desk of the first coverage under way (the demo's), through `baseURL` if given. */
export async function editorAtDemoDesk(browser: Browser, { baseURL }: { baseURL?: string } = {}) {
  const editor = await asRole(browser, "editor", { baseURL });
  await editor.page.goto("/editor");
  await editor.page.getByRole("navigation", { name: "تغطيات مباشرة جارية" }).getByRole("link", { name: demoLive.headline }).click();
  // The desk is a heavy staff page that an instance may render here for the first time: on a busy
  // CI machine that has taken longer than the default 5 s (the page did come).
  await expect(editor.page.getByRole("heading", { name: "التحديث التالي" })).toBeVisible({ timeout: 15_000 });
  return editor;
}

/** Types an update into the desk's composer and sends it with Ctrl/⌘+Enter. */
export async function postUpdate(desk: Page, text: string, { keyEvent = false } = {}) {
  const composer = desk.locator(".update-composer").first();
  await composer.getByRole("textbox", { name: "نص التحديث" }).click();
  await desk.keyboard.insertText(text);
  if (keyEvent) await composer.getByLabel("من أبرز التطورات").check();
  await desk.keyboard.press("ControlOrMeta+Enter");
  await expect(desk.locator(".desk-update", { hasText: text })).toBeVisible();
}

import { randomUUID } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import type { UserRole } from "@/db/schema/enums";
import { seedStory } from "../fixtures";
import { storageStateFor } from "./login-page";

/** A signed-in demo role in a context of its own. */
export async function asRole(browser: Browser, role: UserRole) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return { context, page: await context.newPage() };
}

/** A visitor with no session. */
export async function anonymous(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

let readerNumber = 0;

/**
 * A reader who has just registered. Each comes from an address of their own (as readers behind
 * a proxy would), so the suite's many sign-ups and comments do not share one rate-limit bucket.
 */
export async function newReader(browser: Browser, name = `قارئ ${++readerNumber}`) {
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": address } });
  const page = await context.newPage();
  await page.goto("/register");
  await page.getByLabel("الاسم الظاهر").fill(name);
  await page.getByLabel("البريد الإلكتروني").fill(`reader-${randomUUID()}@example.com`);
  await page.getByLabel("كلمة المرور").fill(`قهوة-الصباح-${randomUUID().slice(0, 8)}`);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  await page.waitForURL("/");
  return { context, page, name };
}

/** A reader who has just registered, at the seed story's thread. */
export async function newReaderAtSeedStory(browser: Browser, name?: string) {
  const reader = await newReader(browser, name);
  const thread = new Thread(reader.page);
  await thread.openStory(seedStory.path);
  return { reader, thread };
}

/** The comment thread, on the story page (the island) or on the comments page. */
export class Thread {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator("#comments");
  }

  async openStory(path: string) {
    await this.page.goto(path);
    await this.loaded();
  }

  /** The island has loaded once the count of comments shows. */
  async loaded() {
    await expect(this.section.locator(".thread__count")).toBeVisible();
  }

  get commentBox() {
    return this.section.getByRole("textbox", { name: "تعليقك", exact: true });
  }

  comment(text: string | RegExp): Locator {
    return this.section.locator("article.comment").filter({ has: this.page.locator(".comment__body", { hasText: text }) }).first();
  }

  /** Posts a comment and waits for the server's answer. */
  async post(text: string) {
    await this.commentBox.fill(text);
    await Promise.all([
      this.page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"])),
      this.section.getByRole("button", { name: "أرسل التعليق" }).click(),
    ]);
  }

  message() {
    return this.section.locator(".comment-form .form-message");
  }
}

/** A moderator at the desk finds a queued comment with j and approves it with a. */
export async function approveFromDesk(page: Page, text: string) {
  await page.goto("/moderation");
  await expect(page.locator(".queue-item", { hasText: text })).toBeVisible();
  const focused = page.locator(".queue-item:focus");
  // The keys work once the desk has hydrated, which a busy machine may take a while to do.
  await expect(async () => {
    await page.keyboard.press("j");
    await expect(focused).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  // Down the queue, then back up in case a press while it hydrated went past the comment.
  for (const key of ["j", "k"]) {
    for (let step = 0; step < 60 && !(await focused.textContent())?.includes(text); step++) await page.keyboard.press(key);
  }
  await expect(focused).toContainText(text);
  await Promise.all([page.waitForResponse((response) => response.request().method() === "POST"), page.keyboard.press("a")]);
}

export const uniqueText = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

import { randomUUID } from "node:crypto";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { seedStory } from "../fixtures";
import { newReader } from "./people";

/** A reader who has just registered, at the seed story's thread. */
export async function newReaderAtSeedStory(browser: Browser, name?: string) {
  const reader = await newReader(browser, { name });
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
    const [answer] = await Promise.all([
      this.page.waitForResponse((response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"])),
      this.section.getByRole("button", { name: "أرسل التعليق" }).click(),
    ]);
    // A failed answer would leave the form offering a retry, and the next post waiting for ever.
    expect(answer.status(), "the comment's action was answered").toBe(200);
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

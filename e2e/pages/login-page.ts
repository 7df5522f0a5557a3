import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/db/seed";
import type { UserRole } from "@/db/schema/enums";

/** Where each role lands after signing in without a page to return to: where it works. */
export const landingOf: Record<UserRole, string> = {
  reader: "/",
  writer: "/editor",
  editor: "/editor",
  moderator: "/moderation",
  admin: "/editor",
};

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel("البريد الإلكتروني").fill(email);
    await this.page.getByLabel("كلمة المرور").fill(password);
    // Wait for the server action's answer: React resets the form when it settles.
    await Promise.all([
      this.page.waitForResponse((response) => response.request().method() === "POST"),
      this.page.getByRole("button", { name: "دخول" }).click(),
    ]);
  }

  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.open();
    await this.submit(email, password);
    await expect(this.page.getByRole("heading", { name: "تسجيل الدخول" })).toBeHidden();
  }
}

/** The account links in the site header. */
export const accountMenu = (page: Page) => page.locator(".site-header .account-menu");

import { randomUUID } from "node:crypto";
import { test, type Browser, type Page } from "@playwright/test";
import type { UserRole } from "@/db/schema/enums";
import { startFront, type Front } from "../harness/front";
import { run, storageStateFor } from "../harness/run";
import { linkPath, waitForMail } from "./mailbox";

/** A signed-in demo role in a context of its own (through the run's front unless told another, from 127.0.0.1). */
export async function asRole(browser: Browser, role: UserRole, { baseURL }: { baseURL?: string } = {}) {
  const context = await browser.newContext({ storageState: storageStateFor(role), ...(baseURL && { baseURL }) });
  return { context, page: await context.newPage() };
}

/** A visitor with no session. */
export async function anonymous(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

let addressesGiven = 0;

/**
 * A network address of its own for a client of this worker: a front on a fresh loopback address
 * (127.w.x.y, w for the worker), which the app sees as the client's, as readers behind the
 * recommended front are seen. Per-address rate limits then count each such client alone.
 */
export async function newClientAddress(): Promise<Front> {
  const worker = (test.info().workerIndex % 250) + 1;
  const n = addressesGiven++;
  return startFront(run.appUrl, `127.${worker}.${Math.floor(n / 250) % 250}.${(n % 250) + 1}`);
}

let readerNumber = 0;

/** Fills in and sends the registration form; returns what was typed. */
export async function register(page: Page, name: string) {
  const email = `reader-${randomUUID()}@example.com`;
  const password = `قهوة-الصباح-${randomUUID().slice(0, 8)}`;
  await page.goto("/register");
  await page.getByLabel("الاسم الظاهر").fill(name);
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(password);
  await page.getByRole("button", { name: "إنشاء الحساب" }).click();
  return { email, password };
}

/** Opens the link in the verification e-mail sent to `email`, as its owner would. */
export async function verifyAddress(page: Page, email: string) {
  await page.goto(linkPath(await waitForMail(email, /أكّد بريدك/), "/verify-email/"));
  await page.waitForURL(/\/account\?verified=1/);
}

/**
 * A reader who has just registered, from an address of their own unless `from` names one, and
 * (unless `verified` is false) has followed the link e-mailed to them, as one must before commenting.
 */
export async function newReader(
  browser: Browser,
  { name = `قارئ ${++readerNumber}`, from, verified = true }: { name?: string; from?: Front; verified?: boolean } = {},
) {
  const front = from ?? (await newClientAddress());
  const context = await browser.newContext({ baseURL: front.origin });
  const page = await context.newPage();
  const { email, password } = await register(page, name);
  await page.waitForURL("/");
  if (verified) {
    await verifyAddress(page, email);
    await page.goto("/");
  }
  return { context, page, name, email, password, front };
}

export type Reader = Awaited<ReturnType<typeof newReader>>;

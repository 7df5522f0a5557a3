import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { ar } from "@/lib/i18n/site";
import { startAppServer, type AppServer } from "@/scripts/cluster/app-server";
import { seedStory } from "./fixtures";
import { onDatabaseServer, run } from "./harness/run";
import { LoginPage } from "./pages/login-page";
import { unique } from "./pages/story-editor-page";

// What `npm start`'s own server (scripts/server.mjs) does before Next sees a request, on a second
// server reached directly, as from the internet: it believes no proxy (TRUST_PROXY empty), and
// it holds one uncached request at a time with one waiting.

test.skip(!onDatabaseServer(), "a second server shares the run's PostgreSQL server; the embedded PGlite belongs to one process");
test.describe.configure({ mode: "serial" });

let direct: AppServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const env = { ...run.serverEnv, NEXT_DIST_DIR: run.buildCopy(), TRUST_PROXY: "", MAX_CONCURRENT_UNCACHED: "1", MAX_QUEUED_UNCACHED: "1" };
  direct = await startAppServer(env, join(run.dir, "direct-server.log"));
});

test.afterAll(() => direct?.stop());

test("a guesser reaching the app directly cannot pass for many addresses by writing X-Forwarded-For", async ({ browser }) => {
  // Unknown e-mails are counted and slowed down like known ones (1, 2, 4 then 8 s per attempt).
  test.setTimeout(90_000);
  const email = `guessed-${unique()}@example.com`;
  const context = await browser.newContext({ baseURL: direct.url });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.open();
  for (let attempt = 0; attempt < 8; attempt++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${attempt + 1}` });
    await login.submit(email, `wrong-${attempt}-password`);
    // React resets the form once the answer has settled: the next attempt types after that.
    await expect(page.getByLabel("كلمة المرور")).toHaveValue("");
    await expect(page.getByText("البريد الإلكتروني أو كلمة المرور غير صحيحين")).toBeVisible();
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.99" });
  await login.submit(email, "wrong-again-password");
  await expect(page.getByText(/محاولات كثيرة في وقت قصير/)).toBeVisible();
  await context.close();
});

test("beyond what it may hold at once, search is refused at once with the Arabic busy page, while stories are still read", async () => {
  const searches = Array.from({ length: 12 }, (_, n) => fetch(`${direct.url}/search?q=${encodeURIComponent(`سوريا ${n}`)}`));
  const story = await fetch(`${direct.url}${seedStory.path}`);
  const answers = await Promise.all(searches);
  const refused = answers.filter((answer) => answer.status === 503);
  expect(refused.length).toBeGreaterThan(0);
  expect(answers.filter((answer) => answer.status !== 503).map((answer) => answer.status)).toEqual(
    Array(answers.length - refused.length).fill(200),
  );
  expect(refused[0]!.headers.get("retry-after")).toBe("2");
  const busyPage = await refused[0]!.text();
  expect(busyPage).toContain(ar.guardrails.busyTitle);
  expect(busyPage).toContain(ar.guardrails.busy);
  expect(story.status).toBe(200);
});

import { expect, test } from "@playwright/test";
import { seedStory } from "./fixtures";

test("every response carries the security headers and hides the framework", async ({ request }) => {
  for (const path of ["/", seedStory.path, "/syria", "/api/health", "/no/such/page"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("img-src 'self';");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the health check reports a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "up" });
});

test("the article page is served from the cache once rendered", async ({ request }) => {
  await request.get(seedStory.path);
  const response = await request.get(seedStory.path);
  expect(response.headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});

test("reading a story costs the server no prefetches until the reader reaches for a link", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"] || new URL(request.url()).searchParams.has("_rsc")) prefetches.push(request.url());
  });
  await page.goto(seedStory.path);
  await page.waitForLoadState("networkidle");
  await page.mouse.wheel(0, 4000);
  await page.waitForTimeout(1_000);
  expect(prefetches).toEqual([]);

  const sectionLink = page.locator(".site-header").getByRole("link", { name: "اقتصاد" });
  await sectionLink.hover();
  await expect.poll(() => prefetches.length).toBeGreaterThan(0);
  await sectionLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اقتصاد");
});

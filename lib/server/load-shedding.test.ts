import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/site";
import { isUncachedWork, shedLoad, type SheddingLimits } from "./load-shedding";

describe("isUncachedWork", () => {
  it.each([
    ["GET", "/search?q=%D8%AD%D9%84%D8%A8"],
    ["GET", "/search/cT0lRDglQUQlRDklODQlRDglQTg"],
    ["GET", "/articles/%D8%AE%D8%A8%D8%B1/comments?after=12"],
    ["GET", "/editor/articles/new"],
    ["GET", "/moderation"],
    ["GET", "/account"],
    ["GET", "/api/me"],
    ["POST", "/articles/%D8%AE%D8%A8%D8%B1"],
    ["POST", "/api/images"],
    ["GET", "/api/live/events?channels=site&after=12&poll=1"],
  ])("counts %s %s", (method, url) => {
    expect(isUncachedWork(method, url)).toBe(true);
  });

  it.each([
    ["GET", "/"],
    ["GET", "/articles/%D8%AE%D8%A8%D8%B1"],
    ["GET", "/syria?page=2"],
    ["HEAD", "/tags/%D8%AD%D9%84%D8%A8"],
    ["GET", "/feeds/rss.xml"],
    ["GET", "/media/1/960.webp"],
    ["GET", "/_next/static/chunks/main.js"],
    ["GET", "/api/health"],
    ["POST", "/api/internal/tick"],
    ["GET", "/api/live/events?channels=site&after=12"],
  ])("never sheds %s %s (cached, the health check, the clock, or a long-lived stream)", (method, url) => {
    expect(isUncachedWork(method, url)).toBe(false);
  });
});

describe("shedLoad", () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  /** A server whose every request waits until `release()`; returns its origin. */
  async function holdingServer(limits: SheddingLimits) {
    const waiting: (() => void)[] = [];
    let started = 0;
    const handle = shedLoad(async (_request, response) => {
      started++;
      await new Promise<void>((resolve) => waiting.push(resolve));
      response.end("served");
    }, limits);
    server = createServer((request, response) => void handle(request, response));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const release = () => waiting.splice(0).forEach((resolve) => resolve());
    return { origin, release, started: () => started };
  }

  it("serves as many as it may, queues a few, and refuses the rest at once with the Arabic busy page", async () => {
    const { origin, release, started } = await holdingServer({ concurrency: 2, queue: 1, maxWaitMs: 10_000 });
    const answered: { status: number; retryAfter: string | null; connection: string | null; text: string }[] = [];
    const answers = Array.from({ length: 5 }, async () => {
      const answer = await fetch(`${origin}/search?q=x`);
      const [retryAfter, connection] = [answer.headers.get("retry-after"), answer.headers.get("connection")];
      answered.push({ status: answer.status, retryAfter, connection, text: await answer.text() });
    });
    // Two are being served and one waits: the other two are refused without waiting for them.
    await expect.poll(() => answered.length).toBe(2);
    expect(started()).toBe(2);
    for (const refusal of answered) {
      expect(refusal).toMatchObject({ status: 503, retryAfter: "2", connection: "close" });
      expect(refusal.text).toContain(ar.guardrails.busy);
    }
    release();
    await expect.poll(started).toBe(3);
    release();
    await Promise.all(answers);
    expect(answered.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 503, 503]);
  });

  it("never refuses a cached page, however busy", async () => {
    const { origin, release, started } = await holdingServer({ concurrency: 1, queue: 0, maxWaitMs: 10_000 });
    const search = fetch(`${origin}/search?q=x`);
    await expect.poll(started).toBe(1);
    const page = fetch(`${origin}/articles/x`);
    await expect.poll(started).toBe(2);
    release();
    expect((await search).status).toBe(200);
    expect((await page).status).toBe(200);
  });

  it("refuses a queued request whose wait outlasted the limit, and tells a server action in plain text", async () => {
    const { origin, release, started } = await holdingServer({ concurrency: 1, queue: 1, maxWaitMs: 50 });
    const first = fetch(`${origin}/search?q=x`);
    await expect.poll(started).toBe(1);
    const action = fetch(`${origin}/editor/articles/new`, { method: "POST", headers: { "Next-Action": "abc" } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    release();
    expect((await first).status).toBe(200);
    const refused = await action;
    expect(refused.status).toBe(503);
    expect(refused.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await refused.text()).toBe(ar.guardrails.busy);
  });
});

import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startPrivateRedis, type PrivateRedis } from "@/e2e/harness/redis";
import { cacheTags } from "./tags";

// Two app instances, as far as the cache handler can tell: each import below gets a handler
// module of its own (its own in-memory LRU and Redis links), as a second process would. Next's
// tag manifest is one per process, so a test that wants to see an expiry arrive clears it first.

type Handler = InstanceType<typeof import("./handler.mjs").default>;
type ProcessCache = { status(): { shared: boolean; reachable: boolean; unsharedExpiries: number } };

const { tagsManifest } = createRequire(import.meta.url)("next/dist/server/lib/incremental-cache/tags-manifest.external.js") as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};
const PROCESS_KEY = Symbol.for("khabar.cache");
const holder = globalThis as unknown as Record<symbol, ProcessCache | undefined>;

let redis: PrivateRedis;
const prefix = `handler-test-${process.pid}`;

/** A handler as a new instance on `redisUrl` would make it; its process state stays reachable for `status`. */
async function newInstance(redisUrl: string): Promise<{ handler: Handler; cache: ProcessCache }> {
  delete holder[PROCESS_KEY];
  vi.resetModules();
  vi.stubEnv("REDIS_URL", redisUrl);
  vi.stubEnv("REDIS_KEY_PREFIX", `handler-test-${process.pid}`);
  const { default: KhabarCacheHandler } = await import("./handler.mjs");
  const handler: Handler = new KhabarCacheHandler({});
  const cache = holder[PROCESS_KEY]!;
  await vi.waitFor(() => expect(cache.status().reachable).toBe(true), { timeout: 5_000 });
  return { handler, cache };
}

const page = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_index", Buffer.from("segment")]]),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});
const pageCtx = { kind: "APP_PAGE", cacheControl: { revalidate: 300, expire: 31536000 } };

beforeAll(async () => {
  redis = await startPrivateRedis();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await redis.stop();
});

describe("the shared page cache", () => {
  it("serves a page one instance rendered to readers of another, whole", async () => {
    const a = await newInstance(redis.url);
    const b = await newInstance(redis.url);
    await a.handler.set("/articles/shared", page("<h1>خبر</h1>", ["article:shared"]), pageCtx);
    const entry = await b.handler.get("/articles/shared", pageCtx);
    expect(entry?.value.html).toBe("<h1>خبر</h1>");
    expect((entry?.value.rscData as Buffer).toString()).toBe("rsc:<h1>خبر</h1>");
    expect((entry?.value.segmentData as Map<string, Buffer>).get("/_index")?.toString()).toBe("segment");
  });

  it("carries a tag expired on one instance to every other, which then renders the page afresh", async () => {
    const a = await newInstance(redis.url);
    const b = await newInstance(redis.url);
    const listener = createClient({ url: redis.url });
    await listener.connect();
    const heard: string[] = [];
    await listener.subscribe(`${prefix}:tags`, (message) => heard.push(...Object.keys(JSON.parse(message))));
    await a.handler.set("/articles/corrected", page("<h1>قبل التصحيح</h1>", ["article:corrected"]), pageCtx);
    expect(await b.handler.get("/articles/corrected", pageCtx)).not.toBeNull();
    await sleep(5);

    await a.handler.revalidateTag(["article:corrected"]);
    await vi.waitFor(() => expect(heard).toContain("article:corrected"), { timeout: 1_000 });
    expect(await b.handler.get("/articles/corrected", pageCtx)).toBeNull();

    // What another process announces, this one applies as soon as it hears it.
    await listener.publish(`${prefix}:tags`, JSON.stringify({ "article:elsewhere": JSON.stringify({ expired: Date.now() }) }));
    await vi.waitFor(() => expect(tagsManifest.get("article:elsewhere")?.expired).toBeGreaterThan(0), { timeout: 1_000 });
    listener.destroy();
  });

  it("tells whoever keeps pages in front of the instances of each tag that expired now, once the instance has dropped it", async () => {
    const heard: string[][] = [];
    const listeners = new Set([(tags: string[]) => heard.push(tags)]);
    (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("khabar.cache.expiryListeners")] = listeners;
    const a = await newInstance(redis.url);
    await newInstance(redis.url);

    await a.handler.revalidateTag(["article:purged", "home"]);
    // Heard first where it was expired, then by each instance (this file's earlier ones too) as Redis brings it.
    expect(heard[0]).toEqual(["article:purged", "home"]);
    await vi.waitFor(() => expect(heard.length).toBeGreaterThanOrEqual(3), { timeout: 1_000 });
    expect(new Set(heard.map((tags) => tags.join()))).toEqual(new Set(["article:purged,home"]));

    heard.length = 0;
    // Stale-while-revalidate still serves the old page once: nothing to purge yet.
    await a.handler.revalidateTag(["comment-counts"], { expire: 3600 });
    // A new instance replays every recorded expiry: those pages were purged when they expired.
    await newInstance(redis.url);
    await sleep(100);
    expect(heard).toEqual([]);
    listeners.clear();
  });

  it("keeps no page for an address that does not exist", async () => {
    const a = await newInstance(redis.url);
    const b = await newInstance(redis.url);
    await a.handler.set("/articles/made-up", { ...page("<h1>غير موجود</h1>", []), status: 404 }, pageCtx);
    expect(await a.handler.get("/articles/made-up", pageCtx)).toBeNull();
    expect(await b.handler.get("/articles/made-up", pageCtx)).toBeNull();
  });

  it("keeps no page that showed nothing worth keeping, and drops the copy it kept when it found something", async () => {
    const a = await newInstance(redis.url);
    const b = await newInstance(redis.url);
    await a.handler.set("/search/made-up", page("<h1>لا نتائج</h1>", [cacheTags.allArticles, cacheTags.unkeptPage]), pageCtx);
    expect(await a.handler.get("/search/made-up", pageCtx)).toBeNull();
    expect(await b.handler.get("/search/made-up", pageCtx)).toBeNull();

    await a.handler.set("/search/gone", page("<h1>نتيجة واحدة</h1>", [cacheTags.allArticles]), pageCtx);
    expect((await b.handler.get("/search/gone", pageCtx))?.value.html).toBe("<h1>نتيجة واحدة</h1>");
    await a.handler.set("/search/gone", page("<h1>لا نتائج</h1>", [cacheTags.allArticles, cacheTags.unkeptPage]), pageCtx);
    const c = await newInstance(redis.url);
    expect(await c.handler.get("/search/gone", pageCtx)).toBeNull();
  });

  it("without Redis answers at once from memory, and shares the expiries it kept once Redis is back", async () => {
    const a = await newInstance(redis.url);
    await a.handler.set("/articles/outage", page("<h1>أثناء الانقطاع</h1>", ["article:outage"]), pageCtx);
    await redis.stop();
    await vi.waitFor(() => expect(a.cache.status().reachable).toBe(false), { timeout: 5_000 });

    const startedAt = Date.now();
    expect((await a.handler.get("/articles/outage", pageCtx))?.value.html).toBe("<h1>أثناء الانقطاع</h1>");
    expect(await a.handler.get("/articles/never-kept", pageCtx)).toBeNull();
    expect(Date.now() - startedAt).toBeLessThan(1_000);

    await a.handler.revalidateTag(["article:outage"]);
    expect(a.cache.status().unsharedExpiries).toBe(1);

    await redis.start();
    await vi.waitFor(() => expect(a.cache.status().unsharedExpiries).toBe(0), { timeout: 10_000 });
    tagsManifest.delete("article:outage");
    await newInstance(redis.url);
    await vi.waitFor(() => expect(tagsManifest.get("article:outage")?.expired).toBeGreaterThan(0), { timeout: 5_000 });
  });
});

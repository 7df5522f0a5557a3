// @ts-check
// Next's page (ISR) and data cache for Khabar, loaded by Next itself (next.config.ts
// `cacheHandler`), outside the app's bundles: hence plain JavaScript.
//
// Every instance keeps recent entries in a bounded in-process LRU. With REDIS_URL set, entries
// are also shared through Redis, and so are tag expiries: an instance that expires a tag records
// it in a Redis hash and publishes it, and every instance applies it to Next's own tag manifest,
// which Next consults on every read (stale-while-revalidate and immediate expiry alike). Without
// REDIS_URL (the embedded demo, one instance) the LRU alone is the cache and nothing touches disk.
//
// Redis is never on a reader's critical path for long: reads give up after a short deadline and
// fall back to the LRU or a fresh render, writes are best effort, and tag expiries that could not
// be shared are kept and shared when Redis is back.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { LRUCache } from "lru-cache";
import { createClient } from "redis";

const require = createRequire(import.meta.url);
/** @type {{ tagsManifest: Map<string, TagExpiry>, areTagsExpired: (tags: string[], timestamp: number) => boolean }} */
const nextTags = require("next/dist/server/lib/incremental-cache/tags-manifest.external.js");

/** @typedef {{ stale?: number, expired?: number }} TagExpiry */
/** @typedef {{ value: any, lastModified: number, cacheControl?: unknown, tags?: string[] }} Entry */

const MEMORY_BYTES = 64 * 1024 * 1024;
const READ_DEADLINE_MS = 150;
const WRITE_DEADLINE_MS = 1_000;
// An entry nobody read for a day is dropped from Redis; tags expire entries long before that.
const SHARED_ENTRY_SECONDS = 24 * 60 * 60;
const TAG_RECORD_MS = 2 * SHARED_ENTRY_SECONDS * 1000;
const NEXT_CACHE_TAGS_HEADER = "x-next-cache-tags";
// cacheTags.unkeptPage (tags.ts): a page that showed nothing worth keeping carries it.
const UNKEPT_PAGE_TAG = "khabar:unkept-page";

const memory = new LRUCache(
  /** @type {import("lru-cache").LRUCache.Options<string, Entry, unknown>} */ ({
    maxSize: MEMORY_BYTES,
    sizeCalculation: (entry) => Math.max(1, approximateSize(entry.value)),
  }),
);

/** @param {any} value */
function approximateSize(value) {
  if (!value) return 1;
  if (value.kind === "APP_PAGE") {
    let size = (value.html?.length ?? 0) + (value.rscData?.length ?? 0);
    for (const segment of value.segmentData?.values() ?? []) size += segment.length;
    return size;
  }
  if (value.kind === "FETCH") return value.data?.body?.length ?? 1;
  return value.body?.length ?? value.html?.length ?? 1;
}

// ── Tag expiry ─────────────────────────────────────────────────────────────────────

/**
 * The expiry that `revalidateTag(tag, durations)` records, as Next's own file-system cache does:
 * without durations the tag expires now; with them it is stale now and expires after `expire`.
 * @param {{ expire?: number } | undefined} durations
 * @param {number} now
 * @returns {TagExpiry}
 */
function expiryFor(durations, now) {
  if (!durations) return { expired: now };
  return { stale: now, expired: durations.expire === undefined ? undefined : now + durations.expire * 1000 };
}

/** Two expiries of one tag, as one: the later of each time. @param {TagExpiry} a @param {TagExpiry} b */
function laterOf(a, b) {
  return {
    stale: Math.max(a.stale ?? 0, b.stale ?? 0) || undefined,
    expired: Math.max(a.expired ?? 0, b.expired ?? 0) || undefined,
  };
}

/** @param {string} tag @param {TagExpiry} expiry */
function applyExpiry(tag, expiry) {
  nextTags.tagsManifest.set(tag, laterOf(nextTags.tagsManifest.get(tag) ?? {}, expiry));
}

// Whoever else keeps copies of pages (the front, lib/cache/front-purge.ts) hears of each tag that
// expired now in this process, once this process no longer serves what it tagged: on the instance
// that expired it and on each instance the expiry reaches. Not of stale-while-revalidate expiries
// (the old page is still served once), nor of the records replayed on reconnection.
const EXPIRY_LISTENERS = Symbol.for("khabar.cache.expiryListeners");

/** @param {Map<string, TagExpiry>} expiries */
function announceExpired(expiries) {
  /** @type {Set<(tags: string[]) => void> | undefined} */
  const listeners = /** @type {Record<symbol, any>} */ (globalThis)[EXPIRY_LISTENERS];
  // An immediate expiry has no stale time (expiryFor): stale-while-revalidate ones are skipped.
  const tags = [...expiries].filter(([, expiry]) => expiry.stale === undefined).map(([tag]) => tag);
  if (tags.length === 0 || !listeners) return;
  for (const listener of listeners) listener(tags);
}

/** @param {Entry} entry @param {any} ctx */
function tagsOf(entry, ctx) {
  if (entry.value?.kind === "FETCH") return [...(ctx?.tags ?? entry.tags ?? []), ...(ctx?.softTags ?? [])];
  const header = entry.value?.headers?.[NEXT_CACHE_TAGS_HEADER];
  return typeof header === "string" ? header.split(",") : [];
}

// ── Redis ──────────────────────────────────────────────────────────────────────────

/** Buffers and Maps (page payloads, segment data) survive JSON through these two. */
function replacer(/** @type {string} */ key, /** @type {unknown} */ value) {
  // @ts-expect-error `this` is the holder JSON.stringify passes; its raw value precedes toJSON().
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
  if (raw instanceof Map) return { $map: [...raw] };
  return value;
}
function reviver(/** @type {string} */ _key, /** @type {any} */ value) {
  if (value && typeof value === "object") {
    if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @returns {Promise<T>}
 */
function withDeadline(promise, ms) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, deadline]).finally(() => clearTimeout(timer)));
}

function buildIdOf(/** @type {string | undefined} */ serverDistDir) {
  try {
    return serverDistDir ? readFileSync(join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() : "dev";
  } catch {
    return "dev";
  }
}

/** One Redis link per process: entries under this build's prefix, tag expiries shared by all builds. */
function connectShared(/** @type {string} */ url, /** @type {string} */ buildId) {
  const prefix = process.env.REDIS_KEY_PREFIX || "khabar";
  const entryKey = (/** @type {string} */ key) => `${prefix}:page:${buildId}:${key}`;
  const tagsKey = `${prefix}:tags`;
  const channel = `${prefix}:tags`;
  /** @type {Map<string, TagExpiry>} */
  const unshared = new Map();
  let lastError = "";

  const options = {
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * 2 ** retries, 2_000) },
  };
  const client = createClient(options);
  const subscriber = createClient(options);
  /** @param {unknown} error */
  const note = (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (message !== lastError) console.error(`Shared cache (Redis): ${message}`);
    lastError = message;
  };
  client.on("error", note);
  subscriber.on("error", note);

  /** @param {Record<string, string>} records */
  const applyRecords = (records) => {
    const expiries = new Map(Object.entries(records).map(([tag, json]) => [tag, /** @type {TagExpiry} */ (JSON.parse(json))]));
    for (const [tag, expiry] of expiries) applyExpiry(tag, expiry);
    return expiries;
  };
  const shareUnshared = async () => {
    if (unshared.size === 0 || !client.isReady) return;
    const records = Object.fromEntries([...unshared].map(([tag, expiry]) => [tag, JSON.stringify(expiry)]));
    const tags = [...unshared.keys()];
    try {
      await withDeadline(client.multi().hSet(tagsKey, records).publish(channel, JSON.stringify(records)).exec(), WRITE_DEADLINE_MS);
      for (const tag of tags) if (unshared.get(tag) && JSON.stringify(unshared.get(tag)) === records[tag]) unshared.delete(tag);
    } catch (error) {
      note(error);
    }
  };
  // On every (re)connection of either link: take in the expiries recorded while this process was
  // away, and share the ones it recorded while Redis was away. Once more a little later, since
  // another instance may share its own just before this one has subscribed again.
  const catchUp = async () => {
    applyRecords(await client.hGetAll(tagsKey));
    await shareUnshared();
  };
  const catchUpNowAndSoon = () => {
    catchUp().catch(note);
    setTimeout(() => catchUp().catch(note), 2_000).unref();
  };
  client.on("ready", () => {
    lastError = "";
    catchUpNowAndSoon();
  });
  subscriber.on("ready", catchUpNowAndSoon);
  client.connect().catch(note);
  let subscribed = false;
  subscriber
    .connect()
    .then(() => subscriber.subscribe(channel, (message) => announceExpired(applyRecords(JSON.parse(message)))))
    .then(() => (subscribed = true), note);
  const pruner = setInterval(async () => {
    if (!client.isReady) return;
    try {
      const cutoff = Date.now() - TAG_RECORD_MS;
      const old = Object.entries(await client.hGetAll(tagsKey)).filter(([, json]) => {
        const expiry = JSON.parse(json);
        return Math.max(expiry.stale ?? 0, expiry.expired ?? 0) < cutoff;
      });
      if (old.length > 0) await client.hDel(tagsKey, old.map(([tag]) => tag));
    } catch (error) {
      note(error);
    }
  }, 60 * 60_000);
  pruner.unref();

  return {
    /** @param {string} key @returns {Promise<Entry | null>} */
    async read(key) {
      if (!client.isReady) return null;
      try {
        const json = await withDeadline(client.get(entryKey(key)), READ_DEADLINE_MS);
        return json ? JSON.parse(json, reviver) : null;
      } catch (error) {
        note(error);
        return null;
      }
    },
    /** @param {string} key @param {Entry} entry */
    async write(key, entry) {
      if (!client.isReady) return;
      try {
        await withDeadline(client.set(entryKey(key), JSON.stringify(entry, replacer), { EX: SHARED_ENTRY_SECONDS }), WRITE_DEADLINE_MS);
      } catch (error) {
        note(error);
      }
    },
    /** @param {string} key */
    async forget(key) {
      if (!client.isReady) return;
      try {
        await withDeadline(client.del(entryKey(key)), WRITE_DEADLINE_MS);
      } catch (error) {
        note(error);
      }
    },
    /** @param {Map<string, TagExpiry>} expiries */
    async share(expiries) {
      for (const [tag, expiry] of expiries) unshared.set(tag, laterOf(unshared.get(tag) ?? {}, expiry));
      await shareUnshared();
    },
    status: () => ({ shared: true, reachable: client.isReady && subscribed && subscriber.isReady, unsharedExpiries: unshared.size }),
  };
}

// ── The process's cache, shared by every handler Next creates (one per request) ─────

const PROCESS_KEY = Symbol.for("khabar.cache");

/** @param {{ serverDistDir?: string }} ctx */
function processCache(ctx) {
  const holder = /** @type {Record<symbol, any>} */ (globalThis);
  if (holder[PROCESS_KEY]) return holder[PROCESS_KEY];
  const shared = process.env.REDIS_URL ? connectShared(process.env.REDIS_URL, buildIdOf(ctx.serverDistDir)) : null;

  /** @param {string[]} tags @param {{ expire?: number }} [durations] */
  const expire = async (tags, durations) => {
    const now = Date.now();
    const expiries = new Map(tags.map((tag) => [tag, expiryFor(durations, now)]));
    for (const [tag, expiry] of expiries) applyExpiry(tag, expiry);
    announceExpired(expiries);
    await shared?.share(expiries);
  };
  holder[PROCESS_KEY] = {
    shared,
    expire,
    status: () => shared?.status() ?? { shared: false, reachable: true, unsharedExpiries: 0 },
  };
  return holder[PROCESS_KEY];
}

export default class KhabarCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.cache = processCache(ctx);
  }

  /** @param {string} key @param {any} ctx @returns {Promise<Entry | null>} */
  async get(key, ctx) {
    // The mark itself (next-cache.ts `leavePageUnkept`) is never kept: no need to ask Redis.
    if (ctx?.tags?.includes(UNKEPT_PAGE_TAG)) return null;
    const local = memory.get(key);
    if (local && !nextTags.areTagsExpired(tagsOf(local, ctx), local.lastModified)) return local;
    const remote = await this.cache.shared?.read(key);
    if (!remote || (local && remote.lastModified <= local.lastModified)) return null;
    if (nextTags.areTagsExpired(tagsOf(remote, ctx), remote.lastModified)) return null;
    memory.set(key, remote);
    return remote;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    // Pages for unknown addresses, and pages that showed nothing worth keeping, are rendered each
    // time and kept nowhere: anyone can make them up. A copy kept before (a search that found
    // something then) is dropped everywhere, or an instance would take it back from Redis.
    if (!data || data.status === 404 || tagsOf({ value: data, lastModified: 0 }, ctx).includes(UNKEPT_PAGE_TAG)) {
      memory.delete(key);
      if (!ctx?.fetchCache) await this.cache.shared?.forget(key);
      return;
    }
    /** @type {Entry} */
    const entry = {
      value: data,
      lastModified: Date.now(),
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: ctx?.fetchCache ? ctx.tags : undefined,
    };
    memory.set(key, entry);
    await this.cache.shared?.write(key, entry);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await this.cache.expire(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}

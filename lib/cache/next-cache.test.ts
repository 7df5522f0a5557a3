import { afterEach, describe, expect, it, vi } from "vitest";
import { cached } from "./next-cache";

// Next's data cache, as far as this wrapper relies on it: an entry is written when the read
// returns; past its revalidate window the old entry is served while the read runs again in the
// background, and a failed background read leaves the old entry in place.
const entries = new Map<string, { value: unknown; storedAt: number }>();
vi.mock("next/cache", () => ({
  unstable_cache:
    <T>(read: () => Promise<T>, keyParts: string[], options: { revalidate: number }) =>
    async () => {
      const key = keyParts.join("/");
      const entry = entries.get(key);
      const store = (value: T) => entries.set(key, { value, storedAt: Date.now() });
      if (entry && Date.now() - entry.storedAt <= options.revalidate * 1000) return entry.value as T;
      if (entry) {
        read().then(store, () => {});
        return entry.value as T;
      }
      const value = await read();
      store(value);
      return value;
    },
}));

const stories: Record<string, string> = {};
const getStory = cached(
  "story",
  async (slug: string) => stories[slug] ?? null,
  (slug) => [`story:${slug}`],
  (story) => story !== null,
);

afterEach(() => vi.useRealTimers());

describe("cached", () => {
  it("keeps what exists", async () => {
    stories["known-story"] = "خبر";
    expect(await getStory("known-story")).toBe("خبر");
    expect(entries.has("story/known-story")).toBe(true);
  });

  it("answers a made-up key without keeping an entry for it", async () => {
    expect(await getStory("made-up")).toBeNull();
    expect(entries.has("story/made-up")).toBe(false);
  });

  it("does not go on serving something kept once it is gone, even when its tags were never expired", async () => {
    vi.useFakeTimers({ now: Date.now() });
    stories["withdrawn"] = "خبر سيُسحب";
    expect(await getStory("withdrawn")).toBe("خبر سيُسحب");
    delete stories["withdrawn"];
    vi.setSystemTime(Date.now() + 11 * 60_000);
    expect(await getStory("withdrawn")).toBeNull();
  });

  it("lets other errors through", async () => {
    const failing = cached("failing", async (): Promise<string> => Promise.reject(new Error("database down")), () => []);
    await expect(failing()).rejects.toThrow("database down");
  });
});

import { describe, expect, it, vi } from "vitest";
import { cached } from "./tagged-cache";

// Next's data cache, as far as this wrapper uses it: an entry is kept when the read returns.
const entries = new Map<string, unknown>();
vi.mock("next/cache", () => ({
  unstable_cache:
    <T>(read: () => Promise<T>, keyParts: string[]) =>
    async () => {
      const key = keyParts.join("/");
      if (entries.has(key)) return entries.get(key) as T;
      const result = await read();
      entries.set(key, result);
      return result;
    },
}));

const stories: Record<string, string> = { "known-story": "خبر" };
const getStory = cached(
  "story",
  async (slug: string) => stories[slug] ?? null,
  (slug) => [`story:${slug}`],
  (story) => story !== null,
);

describe("cached", () => {
  it("keeps what exists", async () => {
    expect(await getStory("known-story")).toBe("خبر");
    expect(entries.has("story/known-story")).toBe(true);
  });

  it("answers a made-up key without keeping an entry for it", async () => {
    expect(await getStory("made-up")).toBeNull();
    expect(entries.has("story/made-up")).toBe(false);
  });

  it("lets other errors through", async () => {
    const failing = cached("failing", async (): Promise<string> => Promise.reject(new Error("database down")), () => []);
    await expect(failing()).rejects.toThrow("database down");
  });
});

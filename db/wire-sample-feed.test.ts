import { describe, expect, it } from "vitest";
import { plainTextOf } from "@/lib/article-document";
import { parseWireFile } from "@/lib/wire/parse-wire-file";
import { readSampleFeed } from "./wire-sample-feed";

const HOUR = 60 * 60 * 1_000;

describe("the demo's sample wire feed", async () => {
  const { sources, files } = await readSampleFeed();
  const parsed = files.map((file) => ({ ...file, result: parseWireFile(file.bytes) }));
  const items = parsed.flatMap(({ result }) => (result.ok ? [result.item] : []));
  const newest = Math.max(...items.map((item) => item.versionCreated.getTime()));

  it("names the two fictional agencies", () => {
    expect(sources.map((source) => source.slug)).toEqual(["nahr", "sada"]);
  });

  it.each(parsed.map((file) => [`${file.source}/${file.fileName}`, file] as const))("parses %s", (_, file) => {
    expect(file.result).toMatchObject({ ok: true });
    if (!file.result.ok) return;
    const { item } = file.result;
    expect(item.format).toBe(file.source === "nahr" ? "newsml-g2" : "ninjs");
    expect(file.fileName).toMatch(new RegExp(`-v${item.version}\\.${file.source === "nahr" ? "xml" : "json"}$`));
    expect(plainTextOf(item.body)).not.toBe("");
    expect(item.body.content.length).toBeLessThanOrEqual(4);
  });

  it("holds enough items of each kind for the demo", () => {
    const urgentStories = new Set(items.filter((item) => item.urgency !== null && item.urgency <= 2).map((item) => item.uri));
    expect(items.length).toBeGreaterThanOrEqual(44);
    expect(urgentStories.size).toBeGreaterThanOrEqual(4);
    expect(items.filter((item) => item.version > 1 && item.pubStatus === "usable").length).toBeGreaterThanOrEqual(3);
    expect(items.some((item) => item.version === 3)).toBe(true);
    expect(items.filter((item) => item.language === "en").length).toBeGreaterThanOrEqual(1);
  });

  it("has exactly one embargo, two hours after the newest item", () => {
    const embargoed = items.filter((item) => item.embargoedUntil !== null);
    expect(embargoed).toHaveLength(1);
    expect(embargoed[0]!.embargoedUntil!.getTime()).toBe(newest + 2 * HOUR);
  });

  it("has exactly one kill, a later version of an earlier item with a note saying why", () => {
    const kills = items.filter((item) => item.pubStatus === "canceled");
    expect(kills).toHaveLength(1);
    const kill = kills[0]!;
    expect(kill.version).toBeGreaterThan(1);
    expect(kill.editorNote).toMatch(/^سحب الخبر: /);
    expect(items.some((item) => item.uri === kill.uri && item.version < kill.version && item.pubStatus === "usable")).toBe(true);
  });

  it("gives every update a note and a changed headline or a new paragraph, after the version it replaces", () => {
    for (const update of items.filter((item) => item.version > 1 && item.pubStatus === "usable")) {
      const previous = items.find((item) => item.uri === update.uri && item.version === update.version - 1)!;
      expect(update.editorNote).not.toBe("");
      expect(update.versionCreated.getTime()).toBeGreaterThan(previous.versionCreated.getTime());
      expect(update.headline !== previous.headline || update.body.content.length > previous.body.content.length).toBe(true);
    }
  });

  it("spreads its items over the 12 hours before the newest", () => {
    const oldest = Math.min(...items.map((item) => item.versionCreated.getTime()));
    expect(newest - oldest).toBeLessThanOrEqual(12 * HOUR);
    expect(newest - oldest).toBeGreaterThan(10 * HOUR);
  });
});

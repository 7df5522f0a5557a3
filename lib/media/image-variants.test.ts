import { describe, expect, it } from "vitest";
import { defaultWidthFor, mediaPath, srcSetFor, thumbnailWidthFor, variantWidthsFor } from "./image-variants";

describe("image variants", () => {
  it("never upscales: a small image keeps its own width", () => {
    expect(variantWidthsFor(4000)).toEqual([480, 960, 1600]);
    expect(variantWidthsFor(1000)).toEqual([480, 960]);
    expect(variantWidthsFor(300)).toEqual([300]);
  });

  it("builds srcset and src from the width alone", () => {
    expect(srcSetFor("id", 1000, "webp")).toBe("/media/id/480.webp 480w, /media/id/960.webp 960w");
    expect(mediaPath("id", 480)).toBe("/media/id/480");
    expect(defaultWidthFor(4000)).toBe(960);
    expect(defaultWidthFor(600)).toBe(480);
  });

  it("serves a thumbnail its smallest stored size", () => {
    expect(thumbnailWidthFor(4000)).toBe(480);
    expect(thumbnailWidthFor(480)).toBe(480);
    expect(thumbnailWidthFor(300)).toBe(300);
  });
});

import { describe, expect, it } from "vitest";
import { linkPath } from "./link-paths";
import { articlePath, commentsPath, searchPath, tagPath } from "./routes";

describe("linkPath", () => {
  it("writes an Arabic slug's letters raw, a third of the encoded bytes", () => {
    const slug = "مقتل-20-عنصرا";
    expect(linkPath(articlePath(slug))).toBe(`/articles/${slug}`);
    expect(Buffer.byteLength(linkPath(articlePath(slug)))).toBeLessThan(Buffer.byteLength(articlePath(slug)) / 2);
  });

  it("is the URL the browser requests once it encodes the link", () => {
    for (const path of [articlePath("مقتل-20-عنصرا"), tagPath("داعش", 2), commentsPath("خبر", { thread: "1" }), searchPath({ q: "سوريا اليوم" })]) {
      expect(new URL(linkPath(path), "https://khabar.example").href).toBe(new URL(path, "https://khabar.example").href);
    }
  });

  it("keeps encoded what is not a letter or a digit: reserved signs, spaces, bidi and invisible marks", () => {
    expect(linkPath(`/tags/${encodeURIComponent("أ/ب?ج#د")}`)).toBe("/tags/أ%2Fب%3Fج%23د");
    expect(linkPath(`/tags/${encodeURIComponent("\u00a0\u200f\u202e\u200d")}`)).toBe("/tags/%C2%A0%E2%80%8F%E2%80%AE%E2%80%8D");
  });

  it("leaves an ASCII path, and a malformed sequence, as they are", () => {
    expect(linkPath("/syria?page=2")).toBe("/syria?page=2");
    expect(linkPath("/articles/%D8")).toBe("/articles/%D8");
  });
});

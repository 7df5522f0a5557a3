import { describe, expect, it } from "vitest";
import { documentFromParagraphs } from "@/lib/article-document";
import { fieldText, wordDiff } from "./diff";
import { changedFields, sameValue, type ArticleSnapshot } from "./snapshot";

const base: ArticleSnapshot = {
  kicker: "",
  headline: "مقتل 20 عنصرا من قوات النظام السوري",
  dek: "",
  dateline: "دمشق (أ ف ب)",
  source: "",
  body: documentFromParagraphs(["قال المرصد إن 20 عنصرًا قُتلوا."]),
  sectionId: 1,
  tags: ["سوريا"],
  authorIds: ["a"],
  cover: null,
  slug: "مقتل-20-عنصرا",
  seoTitle: "",
  seoDescription: "",
  commentMode: "open",
  isBreaking: false,
};

describe("snapshots", () => {
  it("compare equal whatever the key order (jsonb reorders keys)", () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as unknown as ArticleSnapshot;
    expect(sameValue(base, reordered)).toBe(true);
    expect(changedFields(base, reordered)).toEqual([]);
  });

  it("name the fields that changed, in the editor's order", () => {
    const edited = { ...base, headline: "مقتل 21 عنصرا", body: documentFromParagraphs(["نص آخر"]), isBreaking: true };
    expect(changedFields(base, edited)).toEqual(["headline", "body", "isBreaking"]);
  });
});

describe("word diffs", () => {
  it("mark changed Arabic words and numbers, not whole lines", () => {
    const parts = wordDiff("قال الوزير إن 20 عنصرا قتلوا", "قال الوزير أمس إن 21 عنصرا قتلوا");
    expect(parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toEqual(["أمس", "21"]);
    expect(parts.filter((part) => part.kind === "removed").map((part) => part.text.trim())).toEqual(["20"]);
  });

  it("read fields the way a person would", () => {
    const labels = { sections: new Map([[1, "سوريا"]]), authors: new Map([["a", "ليلى"]]), commentModes: { open: "مفتوحة" }, yes: "نعم", no: "لا" };
    expect(fieldText(base, "sectionId", labels)).toBe("سوريا");
    expect(fieldText(base, "authorIds", labels)).toBe("ليلى");
    expect(fieldText(base, "body", labels)).toBe("قال المرصد إن 20 عنصرًا قُتلوا.");
    expect(fieldText(base, "isBreaking", labels)).toBe("لا");
  });
});

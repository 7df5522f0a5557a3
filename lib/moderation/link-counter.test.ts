import { describe, expect, it } from "vitest";
import { countLinks } from "./link-counter";

describe("countLinks", () => {
  it.each([
    ["a URL with a scheme", "شاهد https://example.com/news?id=1 الآن", 1],
    ["a plain http URL", "http://example.org", 1],
    ["an Arabic domain with a scheme", "https://مثال.مصر/خبر", 1],
    ["a www address", "زوروا www.example.net", 1],
    ["a bare domain", "التفاصيل في example.com", 1],
    ["a bare domain with a path", "example.com/a.b.com/c", 1],
    ["a subdomain and country code", "news.example.co.uk", 1],
    ["a short link", "bit.ly/abc", 1],
    ["a domain glued to Arabic words", "زوروexample.comالآن", 1],
    ["a domain before Arabic punctuation", "راجع example.com، ثم عُد", 1],
    ["full-width letters", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", 1],
    ["a zero-width space inside the domain", "exam\u200Bple.com", 1],
    ["upper case", "WWW.EXAMPLE.COM", 1],
    ["an e-mail address", "راسلني ali@example.com", 1],
    ["several links", "a.com و https://b.com و www.c.net و d.org", 4],
    ["two URLs on one line", "http://a.com http://b.com", 2],
  ])("counts %s", (_case, text, links) => {
    expect(countLinks(text)).toBe(links);
  });

  it.each([
    ["plain Arabic", "خبر مهم، شكرًا على التغطية."],
    ["a sentence without a space after the full stop", "انتهى الاجتماع.بدأ التصويت"],
    ["a decimal number", "ارتفع بنسبة 3.5 بالمئة"],
    ["abbreviations", "e.g. i.e. a.m."],
    ["an unknown long ending", "hello.world"],
    ["a single-letter ending", "example.c"],
  ])("counts no link in %s", (_case, text) => {
    expect(countLinks(text)).toBe(0);
  });
});

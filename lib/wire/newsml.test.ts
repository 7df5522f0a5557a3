import { describe, expect, it } from "vitest";
import { plainTextOf } from "@/lib/article-document";
import { parseNewsMlG2 } from "./newsml";

const newsItem = ({ attributes = 'guid="urn:nahr:1" version="2"', itemMeta = "", contentMeta = "", body = "<p>متن</p>" } = {}) => `
<nar:newsItem xmlns:nar="http://iptc.org/std/nar/2006-10-01/" ${attributes}>
  <nar:itemMeta><nar:versionCreated>2026-03-15T10:30:00.250+03:00</nar:versionCreated>${itemMeta}</nar:itemMeta>
  <nar:contentMeta><nar:headline>عنوان &amp; &#1578;&#x62C;</nar:headline>${contentMeta}</nar:contentMeta>
  <nar:contentSet><nar:inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${body}</body></html></nar:inlineXML></nar:contentSet>
</nar:newsItem>`;

describe("parseNewsMlG2", () => {
  it("reads prefixed elements, character references and fractional seconds", () => {
    expect(parseNewsMlG2(newsItem())).toMatchObject({
      ok: true,
      item: { format: "newsml-g2", uri: "urn:nahr:1", version: 2, headline: "عنوان & تج", versionCreated: new Date("2026-03-15T07:30:00.250Z") },
    });
  });

  it("reads the language from xml:lang when contentMeta gives none", () => {
    expect(parseNewsMlG2(newsItem({ attributes: 'guid="g" version="1" xml:lang="EN-GB"' }))).toMatchObject({ item: { language: "en-gb" } });
    const both = newsItem({ attributes: 'guid="g" version="1" xml:lang="en"', contentMeta: '<nar:language tag="ar"/>' });
    expect(parseNewsMlG2(both)).toMatchObject({ item: { language: "ar" } });
  });

  it("reads pubStatus qcodes and refuses others", () => {
    const status = (qcode: string) => parseNewsMlG2(newsItem({ itemMeta: `<nar:pubStatus qcode="${qcode}"/>` }));
    expect(status("stat:canceled")).toMatchObject({ item: { pubStatus: "canceled" } });
    expect(status("stat:withheld")).toMatchObject({ item: { pubStatus: "withheld" } });
    expect(status("stat:deleted")).toMatchObject({ ok: false, reason: "invalid_field" });
  });

  it("reads urgency as a number and refuses one out of range or not a number", () => {
    const urgency = (value: string) => parseNewsMlG2(newsItem({ contentMeta: `<nar:urgency>${value}</nar:urgency>` }));
    expect(urgency(" 1 ")).toMatchObject({ item: { urgency: 1 } });
    expect(urgency("0")).toMatchObject({ reason: "invalid_field" });
    expect(urgency("عاجل")).toMatchObject({ reason: "invalid_field" });
  });

  it("accepts a newsMessage wrapping one newsItem", () => {
    const message = `<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2026-03-15T10:31:00Z</sent></header><itemSet>${newsItem()}</itemSet></newsMessage>`;
    expect(parseNewsMlG2(message)).toMatchObject({ ok: true, item: { uri: "urn:nahr:1" } });
  });

  it("sanitises the XHTML body", () => {
    const result = parseNewsMlG2(newsItem({ body: '<p>نص</p><script>alert("x")</script><p><img src="x" onerror="alert(1)"/>تابع</p>' }));
    expect(result.ok && plainTextOf(result.item.body)).toBe("نص\n\nتابع");
  });

  it("refuses a DOCTYPE even without entities, before parsing", () => {
    expect(parseNewsMlG2(`<?xml version="1.0"?><!DOCTYPE newsItem>${newsItem()}`)).toMatchObject({ ok: false, reason: "unsafe_xml" });
    expect(parseNewsMlG2(`<!doctype x [<!ENTITY e "x">]><x>&e;</x>`)).toMatchObject({ ok: false, reason: "unsafe_xml" });
  });

  it("refuses an item without guid or version", () => {
    expect(parseNewsMlG2(newsItem({ attributes: 'version="1"' }))).toMatchObject({ reason: "invalid_field", detail: expect.stringMatching(/^uri: /) });
    expect(parseNewsMlG2(newsItem({ attributes: 'guid="g"' }))).toMatchObject({ reason: "invalid_field", detail: expect.stringMatching(/^version: /) });
  });
});

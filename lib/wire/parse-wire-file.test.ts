import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainTextOf } from "@/lib/article-document";
import { parseWireFile } from "./parse-wire-file";
import { MAX_WIRE_FILE_BYTES, type WireParseResult, type WireRejectionReason } from "./wire-item";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function parsedItem(result: WireParseResult) {
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.item;
}

describe("parseWireFile refuses hostile and broken files with a reason", () => {
  it.each<[string, WireRejectionReason]>([
    ["billion-laughs.xml", "unsafe_xml"],
    ["xxe.xml", "unsafe_xml"],
    ["unclosed-tag.xml", "malformed"],
    ["windows-1256-as-utf8.xml", "bad_encoding"],
    ["ninjs-wrong-types.json", "invalid_field"],
    ["ninjs-missing-headline.json", "invalid_field"],
    ["ninjs-empty-headline.json", "invalid_field"],
    ["ninjs-missing-uri.json", "invalid_field"],
    ["ninjs-missing-version.json", "invalid_field"],
    ["ninjs-urgency-0.json", "invalid_field"],
    ["ninjs-urgency-12.json", "invalid_field"],
    ["ninjs-invalid-date.json", "invalid_field"],
    ["ninjs-truncated.json", "malformed"],
    ["empty.txt", "unknown_format"],
    ["png-header.png", "unknown_format"],
  ])("%s → %s", (name, reason) => {
    const result = parseWireFile(fixture(name));
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok || result.detail.length > 0).toBe(true);
  });

  it("names the field at fault", () => {
    expect(parseWireFile(fixture("ninjs-missing-uri.json"))).toMatchObject({ detail: expect.stringMatching(/^uri: /) });
    expect(parseWireFile(fixture("ninjs-urgency-12.json"))).toMatchObject({ detail: expect.stringMatching(/^urgency: /) });
    expect(parseWireFile(fixture("ninjs-invalid-date.json"))).toMatchObject({ detail: expect.stringMatching(/^versionCreated: /) });
  });

  it("gives the XML parser's message for malformed XML", () => {
    expect(parseWireFile(fixture("unclosed-tag.xml"))).toMatchObject({ detail: expect.stringMatching(/line \d+, column \d+/) });
  });

  it("refuses files over the limit before reading them: 3 MB, 50 MB", () => {
    for (const size of [3 * 1024 * 1024, 50 * 1024 * 1024]) {
      const bytes = new Uint8Array(size).fill(0x20);
      bytes[0] = "<".charCodeAt(0);
      expect(parseWireFile(bytes)).toMatchObject({ ok: false, reason: "too_large" });
    }
    expect(parseWireFile(new Uint8Array(MAX_WIRE_FILE_BYTES + 1))).toMatchObject({ reason: "too_large" });
  });

  it("refuses an encoding Node cannot decode, and text that is not what it claims", () => {
    expect(parseWireFile(utf8('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toMatchObject({ reason: "bad_encoding" });
    expect(parseWireFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ reason: "bad_encoding" });
  });

  it("refuses what is neither JSON nor XML", () => {
    expect(parseWireFile(utf8("   عاجل: نص عادي"))).toMatchObject({ reason: "unknown_format" });
    expect(parseWireFile(utf8("[1, 2]"))).toMatchObject({ reason: "unknown_format" });
  });

  it("refuses a newsMessage that does not hold exactly one newsItem", () => {
    const message = (items: string) => utf8(`<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>${items}</itemSet></newsMessage>`);
    expect(parseWireFile(message(""))).toMatchObject({ reason: "malformed", detail: "Expected one newsItem, found 0" });
    expect(parseWireFile(message('<newsItem guid="a"/><newsItem guid="b"/>'))).toMatchObject({ reason: "malformed" });
  });

  it("turns hostile nesting in a body into malformed instead of throwing", () => {
    const body = `${"<span>".repeat(5_000)}x`;
    const json = JSON.stringify({ uri: "u", version: 1, versioncreated: "2026-03-15T07:30:00Z", headlines: [{ value: "ع" }], body_html: body });
    expect(parseWireFile(utf8(json))).toMatchObject({ ok: false, reason: "malformed" });
  });
});

describe("parseWireFile reads what agencies send", () => {
  it("parses a body with script and onerror, the script gone", () => {
    const item = parsedItem(parseWireFile(fixture("script-in-body.xml")));
    expect(plainTextOf(item.body)).toBe("نص آمن\n\nرابط");
    expect(JSON.stringify(item.body)).not.toMatch(/script|cookie|evil|onerror|onclick|alert|steal/i);
  });

  it("decodes a correctly declared windows-1256 file with its Arabic intact", () => {
    const item = parsedItem(parseWireFile(fixture("windows-1256-declared.xml")));
    expect(item.headline).toBe("خبر بترميز ويندوز");
    expect(plainTextOf(item.body)).toBe("مرحباً بالعالم");
  });

  it("decodes an item declared as ISO-8859-6", () => {
    const albalad = [0xc7, 0xe4, 0xc8, 0xe4, 0xcf]; // "البلد" in ISO-8859-6
    const xml = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-6"?><newsItem guid="g" version="1"><itemMeta><versionCreated>2026-03-15T07:30:00Z</versionCreated></itemMeta><contentMeta><headline>'),
      ...albalad,
      ...utf8("</headline></contentMeta></newsItem>"),
    ]);
    expect(parseWireFile(xml)).toMatchObject({ ok: true, item: { headline: "البلد" } });
  });

  it("decodes a ninjs file in the charset its content type names", () => {
    const marhaba = [0xe3, 0xd1, 0xcd, 0xc8, 0xc7]; // "مرحبا" in windows-1256
    const json = new Uint8Array([...utf8('{"uri":"u","version":1,"versioncreated":"2026-03-15T07:30:00Z","headlines":[{"value":"'), ...marhaba, ...utf8('"}]}')]);
    expect(parseWireFile(json)).toMatchObject({ reason: "bad_encoding" });
    expect(parseWireFile(json, { contentType: "application/json; charset=windows-1256" })).toMatchObject({ ok: true, item: { headline: "مرحبا" } });
  });

  it("skips a UTF-8 byte-order mark", () => {
    const json = '{"uri":"u","version":1,"versioncreated":"2026-03-15T07:30:00Z","headlines":[{"value":"عنوان"}]}';
    expect(parseWireFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]))).toMatchObject({ ok: true, item: { headline: "عنوان" } });
  });

  it("reads the same story alike from NewsML-G2 and ninjs", () => {
    const fromXml = parsedItem(parseWireFile(fixture("pair.xml")));
    const fromJson = parsedItem(parseWireFile(fixture("pair.json")));
    expect(fromXml.format).toBe("newsml-g2");
    expect(fromJson.format).toBe("ninjs");
    expect({ ...fromXml, format: null }).toEqual({ ...fromJson, format: null });
    expect(fromXml).toMatchObject({
      uri: "urn:newsml:test.example:pair-1",
      version: 2,
      versionCreated: new Date("2026-03-15T07:30:00Z"),
      embargoedUntil: new Date("2026-03-15T11:00:00Z"),
      pubStatus: "withheld",
      urgency: 2,
      headline: "أمطار غزيرة على الساحل",
      slugline: "أمطار-ساحل",
      language: "ar",
      located: "اللاذقية",
      subjects: ["طقس", "medtop:20000000"],
      editorNote: "تحديث: إضافة فقرة",
    });
    expect(plainTextOf(fromXml.body)).toBe("اللاذقية (ن ن) - هطلت أمطار غزيرة على الساحل & المرتفعات.\n\nRain fell on the coast, the forecast said.");
  });
});

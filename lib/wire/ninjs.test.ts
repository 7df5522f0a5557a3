import { describe, expect, it } from "vitest";
import { plainTextOf } from "@/lib/article-document";
import { parseNinjs } from "./ninjs";

const base = {
  uri: "urn:sada.example:ninjs:1",
  version: "3",
  versioncreated: "2026-03-15T10:30:00+03:00",
  headlines: [{ value: "  ارتفاع منسوب المياه في سد الرستن  " }],
};
const parse = (changes: Record<string, unknown> = {}) => parseNinjs(JSON.stringify({ ...base, ...changes }));

describe("parseNinjs", () => {
  it("reads a minimal item with IPTC's defaults", () => {
    expect(parse()).toMatchObject({
      ok: true,
      item: {
        format: "ninjs",
        version: 3,
        versionCreated: new Date("2026-03-15T07:30:00Z"),
        pubStatus: "usable",
        urgency: null,
        headline: "ارتفاع منسوب المياه في سد الرستن",
        language: "und",
        subjects: [],
        embargoedUntil: null,
        editorNote: "",
      },
    });
  });

  it("reads body_html, and plain bodies as paragraphs", () => {
    const html = parse({ body_html: "<p>فقرة <b>أولى</b></p>" });
    expect(html.ok && plainTextOf(html.item.body)).toBe("فقرة أولى");
    const plain = parse({ bodies: [{ contenttype: "text/plain", value: "سطر أول\n\nسطر <ثانٍ>" }] });
    expect(plain.ok && plainTextOf(plain.item.body)).toBe("سطر أول\n\nسطر <ثانٍ>");
  });

  it("takes the main headline whatever its position", () => {
    const result = parse({ headlines: [{ value: "قصير", role: "short" }, { value: "الرئيسي", role: "main" }] });
    expect(result).toMatchObject({ item: { headline: "الرئيسي" } });
  });

  it("accepts null for optional properties", () => {
    expect(parse({ urgency: null, embargoed: null, ednote: null, subject: null })).toMatchObject({ ok: true });
  });

  it.each([
    ["version", { version: "1.5" }],
    ["version", { version: 0 }],
    ["pubStatus", { pubstatus: "deleted" }],
    ["urgency", { urgency: 2.5 }],
    ["versionCreated", { versioncreated: "2026-03-15 10:30" }],
    ["versionCreated", { versioncreated: "2026-03-15T10:30:00" }],
    ["embargoedUntil", { embargoed: "غداً" }],
    ["headline", { headlines: [{ value: "خ".repeat(301) }] }],
    ["slugline", { slugline: "س".repeat(121) }],
    ["subjects", { subject: Array.from({ length: 21 }, (_, index) => ({ name: `موضوع ${index}` })) }],
    ["subjects.0", { subject: [{ name: "م".repeat(101) }] }],
    ["editorNote", { ednote: "ن".repeat(2_001) }],
    ["language", { language: "العربية" }],
    ["headlines", { headlines: [] }],
    ["uri", { uri: "  " }],
  ])("refuses a bad %s", (field, changes) => {
    const result = parse(changes);
    expect(result).toMatchObject({ ok: false, reason: "invalid_field" });
    expect(!result.ok && result.detail.startsWith(`${field}: `)).toBe(true);
  });

  it("refuses JSON that is not an object", () => {
    expect(parseNinjs("[]")).toMatchObject({ ok: false, reason: "invalid_field" });
    expect(parseNinjs("{")).toMatchObject({ ok: false, reason: "malformed" });
  });
});

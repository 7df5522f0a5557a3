import { describe, expect, it } from "vitest";
import { escapeHtml, xmlSafe } from "./xml-text";

describe("escapeHtml and xmlSafe", () => {
  it("drops characters XML cannot carry", () => {
    expect(xmlSafe("a\u0000b\u0008c\uFFFEd\uD800e\n\tf")).toBe("abcde\n\tf");
    expect(xmlSafe("😀")).toBe("😀");
    expect(escapeHtml(`"'<>&`)).toBe("&quot;&#39;&lt;&gt;&amp;");
  });
});

import { describe, expect, it } from "vitest";
import { composeMessage } from "./compose";

describe("composing a message", () => {
  const message = composeMessage({
    subject: "تجربة",
    greetingName: "<b>سارة</b>",
    paragraphs: ["فقرة أولى."],
    quote: 'نص <script>alert("x")</script> من قارئ',
    action: { label: "افتح", url: "https://example.com/verify/abc?x=1&y=2" },
    footer: ["لماذا وصلتك."],
    unsubscribe: { label: "إيقاف", url: "https://example.com/unsubscribe/t" },
  });

  it("writes HTML right to left in Arabic with the site's name", () => {
    expect(message.html).toContain('<html lang="ar" dir="rtl">');
    expect(message.html).toContain("خبر");
    expect(message.text).toContain("فريق خبر");
  });

  it("escapes people's names and words instead of rendering them", () => {
    expect(message.html).not.toContain("<script>");
    expect(message.html).not.toContain("<b>سارة</b>");
    expect(message.html).toContain("&lt;b&gt;سارة&lt;/b&gt;");
  });

  it("gives the plain text every link the HTML has", () => {
    expect(message.text).toContain("افتح: https://example.com/verify/abc?x=1&y=2");
    expect(message.text).toContain("إيقاف: https://example.com/unsubscribe/t");
    expect(message.html).toContain('href="https://example.com/verify/abc?x=1&amp;y=2"');
  });
});

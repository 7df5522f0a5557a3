// The files bench:wire sends: a minimal, valid item in each format.

export interface BenchItem {
  format: "ninjs" | "newsml";
  uri: string;
  version: number;
  headline: string;
  urgency: number;
}

const paragraphs = ["أعلنت السلطات المحلية إغلاق الطريق الرئيسي مؤقتًا بسبب أعمال صيانة.", "وقال مسؤول في البلدية إن الأعمال تنتهي مساء اليوم."];
const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function ninjsOf(item: BenchItem): string {
  return JSON.stringify({
    uri: item.uri,
    version: String(item.version),
    versioncreated: new Date().toISOString(),
    pubstatus: "usable",
    urgency: item.urgency,
    headlines: [{ value: item.headline }],
    language: "ar",
    place: [{ name: "حمص" }],
    subject: [{ name: "طرق" }],
    body_html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join(""),
  });
}

export function newsMlOf(item: BenchItem): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${escapeXml(item.uri)}" version="${item.version}" standard="NewsML-G2" standardversion="2.29" xml:lang="ar">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>${new Date().toISOString()}</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
  <contentMeta><urgency>${item.urgency}</urgency><located><name>حمص</name></located><subject><name>طرق</name></subject><headline>${escapeXml(item.headline)}</headline><language tag="ar"/></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("")}</body></html></inlineXML></contentSet>
</newsItem>`;
}

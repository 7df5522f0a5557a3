import sanitizeHtml from "sanitize-html";
import { ar as site } from "@/lib/i18n/site";
import { ar } from "@/lib/i18n/mail";

// One layout for every message: right to left in Arabic, HTML and plain text from the same
// parts, with the site's name. Names and quoted comments are people's text: escaped, never markup.

export interface MessageParts {
  subject: string;
  greetingName: string;
  paragraphs: string[];
  /** A block of someone's words, shown as a quotation. */
  quote?: string;
  action?: { label: string; url: string };
  /** Smaller print under the signature (why this arrived, how to stop it). */
  footer?: string[];
  unsubscribe?: { label: string; url: string };
}

export interface ComposedMessage {
  subject: string;
  text: string;
  html: string;
}

const escape = (text: string) => sanitizeHtml(text, { allowedTags: [], allowedAttributes: {}, disallowedTagsMode: "escape" });
const attribute = (url: string) => escape(url).replace(/"/g, "&quot;");

const paragraph = (text: string, style = "margin:0 0 16px") => `<p dir="rtl" style="${style}">${escape(text)}</p>`;

export function composeMessage(parts: MessageParts): ComposedMessage {
  const name = site.site.name;
  const text = [
    ar.mail.greeting(parts.greetingName),
    "",
    ...parts.paragraphs.flatMap((line) => [line, ""]),
    ...(parts.quote ? [`«${parts.quote}»`, ""] : []),
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`, ""] : []),
    ar.mail.signature(name),
    ...(parts.footer ? ["", "—", ...parts.footer] : []),
    ...(parts.unsubscribe ? [`${parts.unsubscribe.label}: ${parts.unsubscribe.url}`] : []),
  ].join("\n");

  const button = parts.action
    ? `<p style="margin:24px 0"><a href="${attribute(parts.action.url)}" style="background:#8a1c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escape(parts.action.label)}</a></p>` +
      paragraph(ar.mail.linkFallback, "margin:0 0 4px;font-size:13px;color:#555") +
      `<p dir="ltr" style="margin:0 0 16px;font-size:13px;word-break:break-all"><a href="${attribute(parts.action.url)}">${escape(parts.action.url)}</a></p>`
    : "";
  const quote = parts.quote
    ? `<blockquote dir="auto" style="margin:0 0 16px;padding:8px 16px;border-inline-start:4px solid #ccc;color:#333">${escape(parts.quote)}</blockquote>`
    : "";
  const footer = [
    ...(parts.footer ?? []).map((line) => paragraph(line, "margin:0 0 8px;font-size:13px;color:#555")),
    parts.unsubscribe ? `<p style="margin:0;font-size:13px"><a href="${attribute(parts.unsubscribe.url)}">${escape(parts.unsubscribe.label)}</a></p>` : "",
  ].join("");
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(parts.subject)}</title></head>
<body dir="rtl" style="margin:0;padding:24px;background:#f4f4f4;font-family:'Noto Naskh Arabic',Tahoma,Arial,sans-serif;line-height:1.8;color:#111;text-align:right">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
<p style="margin:0 0 24px;font-size:24px;font-weight:bold;color:#8a1c1c">${escape(name)}</p>
${paragraph(ar.mail.greeting(parts.greetingName))}${parts.paragraphs.map((line) => paragraph(line)).join("")}${quote}${button}${paragraph(ar.mail.signature(name))}
${footer ? `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 16px">${footer}` : ""}
</div></body></html>`;
  return { subject: parts.subject, text, html };
}

import { z } from "zod";
import { describeIssues, mainHeadline, toWireItem } from "./wire-fields";
import type { WireParseResult } from "./wire-item";

// IPTC ninjs 2.x (JSON). This schema checks the structure only; the values are checked in
// wire-fields.ts with the NewsML-G2 reader's. Optional properties may also be null.

const text = z.string().nullish();

const ninjsSchema = z.object({
  uri: z.string(),
  version: z.union([z.string(), z.number()]),
  versioncreated: z.string(),
  pubstatus: text,
  urgency: z.number().nullish(),
  headlines: z.array(z.object({ value: z.string(), role: text })).min(1, "At least one headline is required"),
  slugline: text,
  language: text,
  embargoed: text,
  body_html: text,
  bodies: z.array(z.object({ value: z.string(), contenttype: text, contentType: text })).nullish(),
  subject: z.array(z.object({ name: text, uri: text, code: text })).nullish(),
  place: z.array(z.object({ name: text })).nullish(),
  ednote: text,
});

type Ninjs = z.infer<typeof ninjsSchema>;

const escapeText = (plain: string) => plain.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** body_html, else the first HTML body, else the first plain body with its blank lines as paragraphs. */
function bodyHtmlOf({ body_html, bodies }: Ninjs): string | undefined {
  if (body_html) return body_html;
  const typed = (bodies ?? []).map((body) => ({ value: body.value, type: (body.contenttype ?? body.contentType ?? "").toLowerCase() }));
  const html = typed.find((body) => body.type.includes("html"));
  if (html) return html.value;
  const plain = typed.find((body) => body.type === "" || body.type.startsWith("text/plain"));
  return plain?.value
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`)
    .join("");
}

export function parseNinjs(text: string): WireParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: "malformed", detail: `Not JSON: ${(error as Error).message}` };
  }
  const parsed = ninjsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: "invalid_field", detail: describeIssues(parsed.error) };
  const ninjs = parsed.data;
  return toWireItem("ninjs", {
    uri: ninjs.uri,
    version: ninjs.version,
    versionCreated: ninjs.versioncreated,
    pubStatus: ninjs.pubstatus ?? undefined,
    urgency: ninjs.urgency ?? undefined,
    headline: mainHeadline(ninjs.headlines),
    slugline: ninjs.slugline ?? undefined,
    language: ninjs.language ?? undefined,
    located: ninjs.place?.find((place) => place.name)?.name ?? undefined,
    subjects: ninjs.subject?.map((subject) => subject.name ?? subject.code ?? subject.uri).filter(Boolean),
    embargoedUntil: ninjs.embargoed ?? undefined,
    editorNote: ninjs.ednote ?? undefined,
    bodyHtml: bodyHtmlOf(ninjs),
  });
}

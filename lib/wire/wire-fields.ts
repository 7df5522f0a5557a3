import { z } from "zod";
import { WireBodyTooDeepError, wireBodyToDocument } from "./wire-body";
import { wirePubStatuses, type WireFormat, type WireParseResult } from "./wire-item";

// The checks both formats share: each parser maps its own structure onto these names,
// and one schema decides what a usable item is, so NewsML-G2 and ninjs cannot drift apart.

export const MAX_HEADLINE = 300;
export const MAX_SLUGLINE = 120;
export const MAX_SUBJECTS = 20;
export const MAX_SUBJECT = 100;
export const MAX_EDITOR_NOTE = 2_000;

/** A time without a zone is ambiguous across the agencies' desks, so one is required. */
const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

const wireFieldsSchema = z.object({
  uri: z.string().trim().min(1).max(500),
  version: z
    .union([z.number(), z.string().trim().regex(/^\d+$/, "Expected a whole number").transform(Number)])
    .pipe(z.number().int().positive().max(2_147_483_647)),
  versionCreated: instant,
  pubStatus: z.enum(wirePubStatuses).default("usable"),
  urgency: z.number().int().min(1).max(9).nullable().default(null),
  headline: z.string().trim().min(1).max(MAX_HEADLINE),
  slugline: z.string().trim().max(MAX_SLUGLINE).default(""),
  // "und" is BCP 47's own tag for "not determined".
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/, "Expected a BCP 47 language tag")
    .default("und"),
  located: z.string().trim().max(200).default(""),
  subjects: z.array(z.string().trim().min(1).max(MAX_SUBJECT)).max(MAX_SUBJECTS).default([]),
  embargoedUntil: instant.nullable().default(null),
  editorNote: z.string().trim().max(MAX_EDITOR_NOTE).default(""),
});

/** An item's fields as a parser read them, before any check; absent ones are undefined. */
export type WireFieldsInput = { [K in keyof z.input<typeof wireFieldsSchema>]?: unknown } & { bodyHtml?: string };

/** "uri: Invalid input: expected string, received undefined" for the ingest log. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "item"}: ${issue.message}`)
    .join("; ");
}

/** Checks a parser's reading of an item and builds the WireItem, or says why not. */
export function toWireItem(format: WireFormat, { bodyHtml, ...input }: WireFieldsInput): WireParseResult {
  const fields = wireFieldsSchema.safeParse(input);
  if (!fields.success) return { ok: false, reason: "invalid_field", detail: describeIssues(fields.error) };
  try {
    return { ok: true, item: { format, ...fields.data, body: wireBodyToDocument(bodyHtml ?? "") } };
  } catch (error) {
    if (error instanceof WireBodyTooDeepError) return { ok: false, reason: "malformed", detail: error.message };
    throw error;
  }
}

/** The main headline: the one marked main, else the first without a role, else the first. */
export function mainHeadline(headlines: readonly { value: string; role?: string | null }[]): string | undefined {
  const isMain = (role?: string | null) => role != null && /(^|[:/])main$/i.test(role);
  return (headlines.find((headline) => isMain(headline.role)) ?? headlines.find((headline) => !headline.role) ?? headlines[0])?.value;
}

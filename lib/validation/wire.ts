import proxyAddr from "proxy-addr";
import { z } from "zod";
import { ar } from "@/lib/i18n/ar";
import { noteText } from "./plain-text";
import { storable } from "./storable-text";

// The wire desk's boundaries: the queue's filters (from the address bar, where anything
// malformed is dropped, never an error page) and the desk's actions on items and stories.

export const WIRE_HOURS = [1, 6, 24, 72] as const;

export interface WireQueueFilters {
  agency?: string;
  urgency?: "urgent";
  language?: string;
  subject?: string;
  hours?: number;
  /** Keyset cursor: the last item's time and id on the page before. */
  olderThan?: [Date, string];
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));
const CURSOR = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)_([0-9a-f-]{36})$/;

const filtersSchema = z.object({
  agency: optional(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  urgency: optional(z.literal("urgent")),
  language: optional(z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/)),
  subject: optional(z.string().trim().min(1).max(100)),
  hours: optional(z.coerce.number().pipe(z.union(WIRE_HOURS.map((hours) => z.literal(hours))))),
  olderThan: optional(
    z
      .string()
      .regex(CURSOR)
      .transform((cursor) => {
        const [, at, id] = CURSOR.exec(cursor)!;
        return [new Date(at!), id!] as [Date, string];
      })
      .refine(([at]) => !Number.isNaN(at.getTime())),
  ),
});

export function parseWireFilters(params: Record<string, string | string[] | undefined>): WireQueueFilters {
  const parsed = filtersSchema.parse(params);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as WireQueueFilters;
}

const t = ar.wire.errors;

export const useWireItemSchema = z.object({
  itemId: z.uuid(t.itemMissing),
  sectionId: z.coerce.number(t.sectionRequired).int().positive(t.sectionRequired),
});

/** "I have read the agency's version N": the version shown, so that a later one stays flagged. */
export const acknowledgeUpdateSchema = z.object({ articleId: z.uuid(), version: z.coerce.number().int().positive() });

export const withdrawStorySchema = storable(
  z.object({
    articleId: z.uuid(),
    note: noteText(1_000, t.noteTooLong(1_000)).pipe(z.string().min(1, t.noteRequired)),
  }),
);

export const embargoSchema = z.object({
  articleId: z.uuid(),
  /** An ISO time, or empty to lift the desk's own embargo. */
  until: z.string().max(40),
});

/** An agency as an operator sets it up (npm run wire:agency). */
export const wireAgencySchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]{1,40}$/, "slug: lower-case Latin letters, digits and hyphens, at most 40"),
  name: z.string().trim().min(1, "name is required").max(120),
  attribution: z.string().trim().min(1, "attribution is required, e.g. أ ف ب").max(40),
  allowedIps: z.array(z.string().refine(isAddressOrRange, "allow: an IP address or CIDR range, e.g. 203.0.113.0/24")).max(50),
});

/** What the endpoint's allow-list check (proxy-addr) accepts: an address or a CIDR range. */
function isAddressOrRange(value: string): boolean {
  try {
    proxyAddr.compile([value]);
    return true;
  } catch {
    return false;
  }
}

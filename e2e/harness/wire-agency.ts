import type { Database } from "@/db/client";
import { wireSources } from "@/db/schema/wire";
import { generateWireKey, hashWireKey } from "@/lib/wire/api-key";
import { run } from "./run";

// The run's agency: a wire source with an endpoint key, made with the run's database in global
// setup (as `npm run wire:agency` would make one), and the ninjs items it sends to /api/wire/<slug>
// as an agency would. Specs keep apart by their items' URIs and headlines.

export const E2E_AGENCY = { slug: "e2e-agency", name: "وكالة الاختبار", attribution: "و ت" } as const;
/** An agency whose endpoint takes requests from one far network only: the run's requests come from loopback. */
export const FENCED_AGENCY = { slug: "e2e-fenced", name: "وكالة مسيّجة", attribution: "و م", allowedIps: ["203.0.113.0/24"] };
export const fencedKey = (key: string) => `${key}.fenced`;

/** Adds the run's agencies; the key goes to the specs through the environment. */
export async function seedE2eAgency(db: Database): Promise<string> {
  const key = generateWireKey();
  await db.insert(wireSources).values([
    { ...E2E_AGENCY, apiKeyHash: hashWireKey(key) },
    { ...FENCED_AGENCY, apiKeyHash: hashWireKey(fencedKey(key)) },
  ]);
  return key;
}

export interface NinjsItem {
  uri: string;
  version: number;
  headline: string;
  paragraphs: string[];
  place?: string;
  urgency?: number;
  pubstatus?: "usable" | "withheld" | "canceled";
  embargoed?: Date;
  ednote?: string;
}

export function ninjs(item: NinjsItem) {
  return {
    standard: { name: "ninjs", version: "2.1" },
    uri: item.uri,
    type: "text",
    version: String(item.version),
    versioncreated: new Date().toISOString(),
    pubstatus: item.pubstatus ?? "usable",
    urgency: item.urgency ?? 4,
    language: "ar",
    headlines: [{ role: "main", value: item.headline }],
    bodies: [{ role: "main", contenttype: "text/html", value: item.paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("") }],
    place: item.place ? [{ name: item.place }] : [],
    ...(item.embargoed && { embargoed: item.embargoed.toISOString() }),
    ...(item.ednote && { ednote: item.ednote }),
  };
}

/** Any file at all, as an agency's feed might send one, to the run's agency with its key unless told otherwise. */
export function sendWireFile(fileName: string, body: string, { key = run.wireKey, slug = E2E_AGENCY.slug as string } = {}) {
  return fetch(`${run.appUrl}/api/wire/${slug}`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json; charset=utf-8", "x-wire-file-name": fileName },
    body,
  });
}

export const sendWireItem = (item: NinjsItem) => sendWireFile(`${item.uri}-v${item.version}.json`, JSON.stringify(ninjs(item)));

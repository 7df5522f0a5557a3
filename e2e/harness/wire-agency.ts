import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { run } from "./run";

// An agency of a spec's own: a wire source with an endpoint key, made in the run's database (as
// an admin would make one), and ninjs items it sends to /api/wire/<slug> as an agency would.

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

export interface Agency {
  slug: string;
  name: string;
  attribution: string;
  send(item: NinjsItem): Promise<Response>;
  /** Any file at all, as an agency's broken feed might send one. */
  sendFile(fileName: string, body: string): Promise<Response>;
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

export async function createAgency(name: string, attribution: string): Promise<Agency> {
  const url = run.serverEnv.DATABASE_URL;
  if (!url) throw new Error("an agency is made in the run's PostgreSQL database: run the suite with DATABASE_URL set");
  const slug = `e2e-${randomBytes(4).toString("hex")}`;
  const key = randomBytes(32).toString("base64url");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`insert into wire_sources (slug, name, attribution, api_key_hash) values (${slug}, ${name}, ${attribution}, ${createHash("sha256").update(key, "utf8").digest("hex")})`;
  } finally {
    await sql.end();
  }
  const sendFile = (fileName: string, body: string) =>
    fetch(`${run.appUrl}/api/wire/${slug}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json; charset=utf-8", "x-wire-file-name": fileName },
      body,
    });
  return { slug, name, attribution, sendFile, send: (item) => sendFile(`${item.uri}-v${item.version}.json`, JSON.stringify(ninjs(item))) };
}

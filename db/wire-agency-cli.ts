import { parseArgs } from "node:util";
import { z } from "zod";
import { generateWireKey, hashWireKey } from "@/lib/wire/api-key";
import { wireAgencySchema } from "@/lib/validation/wire";
import { wireSources } from "./schema/wire";
import { withScriptConnection } from "./script-connection";

// npm run wire:agency -- --slug afp --name "وكالة الصحافة الفرنسية" --attribution "أ ف ب" [--allow 203.0.113.0/24 …] [--new-key]
// Adds an agency, or updates one. A new agency gets an endpoint key, printed once; --new-key
// replaces an agency's key (the old one stops working at once). Its drop folder is
// <WIRE_DROP_DIR>/<slug>/.
const { values } = parseArgs({
  options: {
    slug: { type: "string" },
    name: { type: "string" },
    attribution: { type: "string" },
    allow: { type: "string", multiple: true },
    "new-key": { type: "boolean" },
  },
});

const parsed = wireAgencySchema.safeParse({ slug: values.slug ?? "", name: values.name ?? "", attribution: values.attribution ?? "", allowedIps: values.allow ?? [] });
if (!parsed.success) {
  console.error("Cannot set up the agency:\n" + z.prettifyError(parsed.error));
  process.exit(1);
}

const agency = parsed.data;
const key = generateWireKey();
const [saved] = await withScriptConnection(({ db }) =>
  db
    .insert(wireSources)
    .values({ ...agency, apiKeyHash: hashWireKey(key) })
    .onConflictDoUpdate({
      target: wireSources.slug,
      set: { name: agency.name, attribution: agency.attribution, allowedIps: agency.allowedIps, ...(values["new-key"] ? { apiKeyHash: hashWireKey(key) } : {}) },
    })
    .returning({ apiKeyHash: wireSources.apiKeyHash }),
);
console.log(`Agency ${agency.slug} is set up: POST items to /api/wire/${agency.slug}, or drop files in <WIRE_DROP_DIR>/${agency.slug}/.`);
if (saved?.apiKeyHash === hashWireKey(key)) console.log(`Endpoint key (shown once; send it as "Authorization: Bearer <key>"): ${key}`);

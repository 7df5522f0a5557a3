import { z } from "zod";
import { monthNameStyles } from "./arabic/month-names";
import { compileProxyTrust } from "./server/client-address";

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);

const trustMessage = "TRUST_PROXY must list the proxies' addresses or subnets, or loopback, linklocal, uniquelocal, separated by commas (empty: trust none)";
const trustReplaced = "TRUSTED_PROXIES (a count) was replaced by TRUST_PROXY (the proxies' addresses, e.g. loopback or 10.0.0.0/8): see the README";
const countMessage = (name: string) => `${name} must be a whole number from 1 to 1000`;
const count = (name: string, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number(countMessage(name)).int(countMessage(name)).min(1, countMessage(name)).max(1000, countMessage(name)).default(fallback));

const purgeUrlsMessage = "FRONT_PURGE_URLS must be http(s) addresses separated by commas (each front's purge location, e.g. http://127.0.0.1:8080/_purge)";

const schema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional()),
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().default("http://localhost:3000")),
  NEWSROOM_TIME_ZONE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("Asia/Damascus")
      .refine(isTimeZone, "NEWSROOM_TIME_ZONE must be an IANA time zone such as Asia/Damascus"),
  ),
  // How dates name the month: Levantine (كانون الثاني), both as Syrian outlets print them, or Gregorian (يناير).
  NEWSROOM_MONTH_NAMES: z.preprocess(
    emptyAsUndefined,
    z.enum(monthNameStyles, "NEWSROOM_MONTH_NAMES must be levantine, both or gregorian").default("both"),
  ),
  // The port `npm start` listens on, which the editorial clock calls over loopback.
  PORT: z.preprocess(emptyAsUndefined, z.string().default("3000")),
  // The address `npm start` listens on; unset: every interface.
  HOSTNAME: z.preprocess(emptyAsUndefined, z.string().optional()),
  COMPRESSION: z.preprocess(emptyAsUndefined, z.enum(["on", "off"], "COMPRESSION must be on or off").default("on")),
  // Where `next start` finds the build; the e2e suite serves each run from a copy of its own.
  NEXT_DIST_DIR: z.preprocess(emptyAsUndefined, z.string().default(".next")),
  // The shared cache and the live channel between instances (lib/cache/handler.mjs, lib/live/bus.ts).
  REDIS_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  REDIS_KEY_PREFIX: z.preprocess(emptyAsUndefined, z.string().default("khabar")),
  // Live streams one instance holds open (lib/live/admission.ts); readers refused poll instead.
  LIVE_MAX_STREAMS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(5_000)),
  LIVE_MAX_STREAMS_PER_ADDRESS: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(50)),
  // Outgoing mail, e.g. smtps://user:password@mail.example.com:465. Unset, messages are kept in the
  // database (the admins' outbox) and printed once to the server log instead of being sent.
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z.url().refine((url) => /^smtps?:\/\//.test(url), "SMTP_URL must start with smtp:// or smtps://").optional(),
  ),
  // The sender, e.g. "خبر <newsroom@example.com>"; unset, no-reply at SITE_URL's host.
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().optional()),
  // Whose X-Forwarded-For the server believes (scripts/server.mjs). Loopback by default: the front
  // on the same machine (deploy/nginx) is believed, a client that reaches the app directly is not.
  TRUST_PROXY: z
    .string()
    .default("loopback")
    .refine((setting) => {
      try {
        compileProxyTrust(setting);
        return true;
      } catch {
        return false;
      }
    }, trustMessage),
  TRUSTED_PROXIES: z.preprocess(emptyAsUndefined, z.undefined({ error: trustReplaced })),
  // Load shedding (lib/server/load-shedding.ts): uncached requests served at once, and waiting. One
  // thread gains no throughput past two at once (their database waits are short), only a longer
  // tail; eight waiting absorb a busy moment without refusing anyone.
  MAX_CONCURRENT_UNCACHED: count("MAX_CONCURRENT_UNCACHED", 2),
  MAX_QUEUED_UNCACHED: count("MAX_QUEUED_UNCACHED", 8),
  // Where agencies drop wire files, one folder per agency slug (lib/wire/drop-folder.ts); unset, no folder is watched.
  WIRE_DROP_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  // The fronts that keep copies of pages (deploy/nginx/khabar.conf), told to drop a page when its tags expire.
  FRONT_PURGE_URLS: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((url) => url.trim()).filter(Boolean) : []),
    z.array(z.url({ protocol: /^https?$/, error: purgeUrlsMessage })),
  ),
});

function isTimeZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function loadEnv() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = loadEnv();
export const isEmbeddedDatabase = env.DATABASE_URL === undefined;
export const isBuildPhase = process.env.NEXT_PHASE === "phase-production-build";

import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { eq, sql } from "drizzle-orm";
import pLimit from "p-limit";
import { dropDatabase } from "@/db/testing/fresh-database";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";
import { generateWireKey, hashWireKey } from "@/lib/wire/api-key";
import { check, machineLoad, percentile, round } from "./bench-report";
import { ensureBuild } from "./build-if-changed";
import { startAppServer } from "./cluster/app-server";
import { newsMlOf, ninjsOf, type BenchItem } from "./bench-wire-files";

// npm run bench:wire — agency copy in at volume. A fresh demo newsroom (the server in DATABASE_URL)
// and `npm start` with a drop folder; BENCH_WIRE_ITEMS (5,000) files, half NewsML-G2 and half ninjs,
// 10% of them later versions, 1% duplicates and 1% malformed, half POSTed to the endpoint (8 at a
// time) and half dropped into the folder. Prints items/s, the p95 from receipt (the request sent,
// the file in place) to the item in the queue (its version's row), then fills the queue to
// BENCH_WIRE_STORED (100,000) items and times its pages through the data layer. Checks that no
// item is lost or stored twice and that every malformed file is refused.

const TOTAL = Number(process.env.BENCH_WIRE_ITEMS ?? 5_000);
const STORED = Number(process.env.BENCH_WIRE_STORED ?? 100_000);
const SLUG = "bench";

if (!process.env.DATABASE_URL) throw new Error("bench:wire needs DATABASE_URL (a local PostgreSQL server)");
await ensureBuild();
const label = `bench_wire_${process.pid}`;
const databaseEnv = await prepareSeededDatabase(label);
const { connectPostgres } = await import("@/db/client");
(globalThis as { khabarDb?: unknown }).khabarDb = connectPostgres(databaseEnv.DATABASE_URL!);
const { getDb, closeDb } = await import("@/db");
const { wireItems, wireItemVersions, wireRejections, wireSources } = await import("@/db/schema/wire");

const key = generateWireKey();
const [source] = await getDb().insert(wireSources).values({ slug: SLUG, name: "وكالة القياس", attribution: "و ق", apiKeyHash: hashWireKey(key) }).returning();

// The files: each a new item, a later version of an earlier one, a duplicate of an earlier file, or broken.
const files: { name: string; body: string; item: BenchItem | null }[] = [];
const sent: BenchItem[] = [];
for (let n = 0; n < TOTAL; n++) {
  const format = n % 2 === 0 ? "ninjs" : "newsml";
  const write = (item: BenchItem) => (item.format === "ninjs" ? ninjsOf(item) : newsMlOf(item));
  if (n % 100 === 37) {
    files.push({ name: `broken-${n}.${format === "ninjs" ? "json" : "xml"}`, body: format === "ninjs" ? '{"uri": "urn:bench:broken",' : "<newsItem><itemMeta>", item: null });
  } else if (n % 100 === 71 && files.some((file) => file.item)) {
    const earlier = files.filter((file) => file.item).at(-3)!;
    files.push({ name: `again-${n}-${earlier.name}`, body: earlier.body, item: earlier.item });
  } else if (n % 10 === 5 && sent.length > 10) {
    const earlier = sent[sent.length - 10]!;
    const next = { ...earlier, version: earlier.version + 1, headline: `${earlier.headline} (محدّث)` };
    sent.push(next);
    files.push({ name: `item-${n}-v${next.version}.${next.format === "ninjs" ? "json" : "xml"}`, body: write(next), item: next });
  } else {
    const item: BenchItem = { format, uri: `urn:bench:${n}`, version: 1, headline: `خبر القياس رقم ${n} عن الطرق والطقس في المدن السورية`, urgency: n % 17 === 0 ? 1 : 4 };
    sent.push(item);
    files.push({ name: `item-${n}-v1.${format === "ninjs" ? "json" : "xml"}`, body: write(item), item });
  }
}
const expected = new Set(files.flatMap((file) => (file.item ? [`${file.item.uri}#${file.item.version}`] : [])));
const malformed = files.filter((file) => !file.item).length;

const drop = mkdtempSync(join(tmpdir(), "khabar-bench-wire-"));
mkdirSync(join(drop, SLUG));
const server = await startAppServer({ ...databaseEnv, WIRE_DROP_DIR: drop }, join(drop, "server.log"));
const receivedAt = new Map<string, number>();

const started = performance.now();
const viaHttp = files.filter((_, index) => index % 2 === 0);
const viaDrop = files.filter((_, index) => index % 2 === 1);
const statuses = new Map<number, number>();
const limit = pLimit(8);
const posting = Promise.all(
  viaHttp.map((file) =>
    limit(async () => {
      if (file.item) receivedAt.set(`${file.item.uri}#${file.item.version}`, Date.now());
      // A busy instance answers 503: the agency's client sends the file again, as clients do.
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(`${server.url}/api/wire/${SLUG}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "x-wire-file-name": file.name }, body: file.body });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        await response.arrayBuffer();
        if (response.status !== 503 || attempt === 20) break;
        await sleep(100);
      }
    }),
  ),
);
// Agencies write a file under a temporary name and rename it when complete, as SFTP clients do.
for (const file of viaDrop) {
  writeFileSync(join(drop, SLUG, `${file.name}.part`), file.body);
  renameSync(join(drop, SLUG, `${file.name}.part`), join(drop, SLUG, file.name));
  if (file.item && !receivedAt.has(`${file.item.uri}#${file.item.version}`)) receivedAt.set(`${file.item.uri}#${file.item.version}`, Date.now());
  await sleep(0);
}
await posting;
const waiting = () => readdirSync(join(drop, SLUG)).filter((name) => !name.startsWith(".")).length;
while (waiting() > 0) await sleep(200);
const seconds = (performance.now() - started) / 1000;

// Then a busy agency's ordinary pace: one file every 250 ms, each timed on its own, with no backlog.
const STEADY = 60;
const steady = Array.from({ length: STEADY }, (_, n): BenchItem => ({ format: n % 2 ? "newsml" : "ninjs", uri: `urn:bench:steady:${n}`, version: 1, headline: `خبر بإيقاع عادي رقم ${n}`, urgency: 3 }));
for (const item of steady) {
  const name = `${item.uri.replaceAll(":", "-")}.${item.format === "ninjs" ? "json" : "xml"}`;
  writeFileSync(join(drop, SLUG, `${name}.part`), item.format === "ninjs" ? ninjsOf(item) : newsMlOf(item));
  renameSync(join(drop, SLUG, `${name}.part`), join(drop, SLUG, name));
  receivedAt.set(`${item.uri}#1`, Date.now());
  expected.add(`${item.uri}#1`);
  await sleep(250);
}
while (waiting() > 0) await sleep(200);
server.stop();

const rows = await getDb()
  .select({ uri: wireItems.uri, version: wireItemVersions.version, receivedAt: wireItemVersions.receivedAt })
  .from(wireItemVersions)
  .innerJoin(wireItems, eq(wireItems.id, wireItemVersions.itemId))
  .where(eq(wireItems.sourceId, source!.id));
const stored = new Map<string, number>();
for (const row of rows) stored.set(`${row.uri}#${row.version}`, (stored.get(`${row.uri}#${row.version}`) ?? 0) + 1);
const lost = [...expected].filter((key) => !stored.has(key)).length;
const doubled = [...stored.values()].filter((count) => count > 1).length;
const latencies = { endpoint: [] as number[], "drop folder, all at once": [] as number[], "drop folder, one every 250 ms": [] as number[] };
const channelOf = new Map<string, keyof typeof latencies>();
for (const [index, file] of files.entries()) if (file.item) channelOf.set(`${file.item.uri}#${file.item.version}`, index % 2 === 0 ? "endpoint" : "drop folder, all at once");
for (const item of steady) channelOf.set(`${item.uri}#1`, "drop folder, one every 250 ms");
for (const row of rows) {
  const key = `${row.uri}#${row.version}`;
  const sentAt = receivedAt.get(key);
  if (sentAt) latencies[channelOf.get(key)!].push(row.receivedAt.getTime() - sentAt);
}
const [refused] = await getDb().select({ n: sql<number>`count(*)::int` }).from(wireRejections).where(eq(wireRejections.sourceId, source!.id));

console.log(`\nbench:wire, ${machineLoad()}`);
console.log(`${TOTAL} files (${viaHttp.length} to the endpoint, ${viaDrop.length} to the drop folder): ${expected.size} distinct item versions, ${malformed} malformed`);
console.log(`| measure | value |\n|---|---|`);
console.log(`| items/s (files taken in per second) | ${round(TOTAL / seconds)} |`);
for (const [channel, times] of Object.entries(latencies)) {
  console.log(`| receipt to queue through the ${channel}, p50 / p95 ms | ${round(percentile(times, 50))} / ${round(percentile(times, 95))} |`);
}
console.log(`| endpoint answers | ${[...statuses].map(([status, count]) => `${status}×${count}`).join(", ")} |`);
console.log(`| lost / stored twice | ${lost} / ${doubled} |`);
console.log(`| refused (malformed) | ${refused!.n} of ${malformed} |`);

// The queue at volume: generated items straight into the table, then its pages through the data layer.
const missing = STORED - (await getDb().select({ n: sql<number>`count(*)::int` }).from(wireItems))[0]!.n;
if (missing > 0) {
  await getDb().execute(sql`
    insert into wire_items (source_id, uri, version, format, pub_status, urgency, headline, language, located, subjects, body, version_created)
    select ${source!.id}, 'urn:bench:filler:' || n, 1, 'ninjs', 'usable', case when n % 23 = 0 then 1 else 4 end,
      'خبر مخزّن رقم ' || n, case when n % 9 = 0 then 'en' else 'ar' end, 'دمشق', array[case when n % 5 = 0 then 'اقتصاد' else 'طقس' end],
      '{"type":"doc","content":[{"type":"paragraph"}]}'::jsonb, now() - make_interval(mins => n)
    from generate_series(1, ${missing}) as n`);
  await getDb().execute(sql`analyze wire_items`);
}
const { getWireFilterOptions, listWireQueue, listWireRejections } = await import("@/lib/dal/wire-desk");
const editor = { id: crypto.randomUUID(), email: "bench@khabar.test", displayName: "قياس", role: "editor" as const };
const filters = [{}, { urgency: "urgent" as const }, { agency: SLUG }, { language: "en" }, { subject: "اقتصاد" }, { hours: 24 }];
/** What /editor/wire reads for a page: the items, the filters' options and the refused files, at once. */
const timed = async (read: () => Promise<unknown>) => {
  const at = performance.now();
  await Promise.all([read(), getWireFilterOptions(editor), listWireRejections(editor)]);
  return performance.now() - at;
};
const times: number[] = [];
for (const filter of filters) {
  const first = await listWireQueue(editor, filter);
  const [time, id] = (first.olderThan ?? "_").split("_");
  const own: number[] = [];
  for (let pass = 0; pass < 20; pass++) {
    own.push(await timed(() => listWireQueue(editor, filter)));
    if (first.olderThan) own.push(await timed(() => listWireQueue(editor, { ...filter, olderThan: [new Date(time!), id!] })));
  }
  times.push(...own);
  console.log(`| queue page, ${JSON.stringify(filter)}, p95 ms | ${round(percentile(own, 95))} |`);
}
console.log(`| queue page with ${STORED.toLocaleString("en")} items, every filter, p95 ms (data layer, ${times.length} pages) | ${round(percentile(times, 95))} |`);

check(lost === 0, "no item lost", `${lost} lost`);
check(doubled === 0, "no item stored twice", `${doubled} doubled`);
check(refused!.n === malformed, "every malformed file refused and logged", `${refused!.n} of ${malformed}`);
await closeDb();
if (!process.env.BENCH_KEEP) await dropDatabase(process.env.DATABASE_URL, new URL(databaseEnv.DATABASE_URL!).pathname.slice(1));

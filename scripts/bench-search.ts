import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { sql } from "drizzle-orm";
import { dropDatabase } from "@/db/testing/fresh-database";
import { prepareSeededDatabase } from "@/db/testing/seeded-database";
import demo from "@/db/seed-data/demo-newsroom.json" with { type: "json" };
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { documentFromParagraphs } from "@/lib/article-document";
import { normalizeArabic } from "@/lib/arabic/normalize";

// npm run bench:search — search at scale. Generates BENCH_STORIES (50,000) Arabic stories from the
// demo newsroom's vocabulary into a fresh database (the server in DATABASE_URL, else an embedded
// PGlite), runs 200 varied queries through the DAL's searchArticles, and prints p50/p95 server
// time, the index size, and recall and precision with and without the arabic stemmer.
//
// Recall is measured on "probe" words: each is planted in some stories in one of the forms a
// newsroom actually prints (with clitics, diacritics, tatweel, hamza and ta marbuta variants,
// spelling variants, plurals), and removed from the rest of the vocabulary, so the stories that
// should match a query for it are known exactly. BENCH_KEEP=1 keeps the server database afterwards.

const STORIES = Number(process.env.BENCH_STORIES ?? 50_000);
const BATCH = 500;
const QUERIES = 200;

const PROBES: { query: string; cores: string[]; forms: string[] }[] = [
  { query: "الإرهاب", cores: ["ارهاب"], forms: ["الإرهاب", "الارهاب", "الإرهابَ", "والإرهاب", "بالإرهاب", "للإرهاب", "إرهاب", "الإرهـــاب"] },
  { query: "سوريا", cores: ["سوري"], forms: ["سوريا", "سورية", "سوريّا", "وسوريا", "لسوريا", "بسورية", "سوريةَ"] },
  { query: "مسؤول", cores: ["مسوول", "مسيول"], forms: ["مسؤول", "مسئول", "المسؤول", "والمسؤول", "مسؤولًا", "المسئول"] },
  { query: "عنصر", cores: ["عنصر", "عناصر"], forms: ["عنصر", "عنصرًا", "عنصرا", "العنصر", "بعنصر", "عناصر"] },
  { query: "هجوم", cores: ["هجوم", "هجمات"], forms: ["هجوم", "هجومًا", "الهجوم", "بهجوم", "والهجوم", "هجومه", "هجمات"] },
  { query: "الانتخابات", cores: ["انتخاب"], forms: ["الانتخابات", "انتخابات", "والانتخابات", "بالانتخابات", "للانتخابات", "الإنتخابات"] },
  { query: "اللاجئين", cores: ["لاجي"], forms: ["اللاجئين", "لاجئين", "اللاجئون", "لاجئون", "واللاجئين", "للاجئين", "اللاجئ"] },
  { query: "دمشق", cores: ["دمشق"], forms: ["دمشق", "بدمشق", "ودمشق", "لدمشق", "دمشقَ"] },
  { query: "أمريكا", cores: ["امريك", "اميرك"], forms: ["أمريكا", "أميركا", "امريكا", "وأمريكا", "لأميركا"] },
  { query: "مستشفى", cores: ["مستشف"], forms: ["مستشفى", "المستشفى", "مستشفي", "بالمستشفى", "مستشفيات"] },
  { query: "اقتصاد", cores: ["اقتصاد"], forms: ["اقتصاد", "الاقتصاد", "والاقتصاد", "بالاقتصاد", "اقتصادًا"] },
  { query: "يذكرنا", cores: ["يذكر"], forms: ["يذكرنا", "يذكّرنا", "يُذكِّرنا"] },
  { query: "زلزال", cores: ["زلزال", "زلازل"], forms: ["زلزال", "الزلزال", "زلزالًا", "بالزلزال", "والزلزال", "زلازل"] },
  { query: "الحكومة", cores: ["حكوم"], forms: ["الحكومة", "حكومة", "الحكومه", "والحكومة", "للحكومة", "حكومات"] },
];

// A deterministic generator, so that runs compare.
let seed = 20_261_130;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function vocabulary(): string[] {
  const texts = [
    ...demo.articles.flatMap((story) => [story.headline, story.dek, ...story.paragraphs]),
    seedArticle.headline,
    ...seedArticle.paragraphs,
  ];
  const cores = PROBES.flatMap((probe) => probe.cores);
  // Tokens with their natural frequency: sampling from this list follows the corpus's word distribution.
  return texts
    .flatMap((text) => text.split(/\s+/))
    .map((word) => word.replace(/[^\p{L}\p{N}\p{M}]/gu, ""))
    .filter((word) => word && !cores.some((core) => normalizeArabic(word).includes(core)));
}

const sentence = (words: readonly string[], count: number) => Array.from({ length: count }, () => pick(words)).join(" ");

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const databaseEnv = await prepareSeededDatabase("bench_search");
const { connectPglite, connectPostgres, selectRows } = await import("@/db/client");
// lib/env was read before the bench database existed: hand db/index.ts the connection to use.
(globalThis as { khabarDb?: unknown }).khabarDb = databaseEnv.DATABASE_URL
  ? connectPostgres(databaseEnv.DATABASE_URL)
  : connectPglite(databaseEnv.PGLITE_DIR!);
const { getConnection, closeDb } = await import("@/db");
const { articles, articleAuthors } = await import("@/db/schema/articles");
const { articleSearch } = await import("@/db/schema/search");
const { sections } = await import("@/db/schema/sections");
const { users } = await import("@/db/schema/users");
const { searchDocumentOf } = await import("@/lib/search/document");
const { searchArticles } = await import("@/lib/dal/search");
const { parseSearchQuery, toTsQuery } = await import("@/lib/search/query");

const connection = getConnection();
const db = connection.db;
console.log(`database: ${connection.kind === "postgres" ? "PostgreSQL server" : "embedded PGlite"}; generating ${STORIES} stories…`);

const words = vocabulary();
const sectionIds = (await db.select({ id: sections.id }).from(sections)).map((row) => row.id);
const authorIds = (await db.select({ id: users.id }).from(users)).map((row) => row.id);
const relevant = new Map(PROBES.map((probe) => [probe.query, new Set<string>()]));

const started = performance.now();
const now = Date.now();
for (let offset = 0; offset < STORIES; offset += BATCH) {
  const batch = Array.from({ length: Math.min(BATCH, STORIES - offset) }, (_, index) => {
    const number = offset + index;
    const headline = sentence(words, between(7, 12)).split(" ");
    const dek = sentence(words, between(12, 24));
    const paragraphs = Array.from({ length: between(3, 6) }, () => sentence(words, between(30, 60)).split(" "));
    const planted: string[] = [];
    for (const probe of PROBES) {
      if (random() > 0.04) continue;
      const form = pick(probe.forms);
      const target = random() < 0.2 ? headline : pick(paragraphs);
      target.splice(between(0, target.length), 0, form);
      planted.push(probe.query);
    }
    return { number, headline: headline.join(" "), dek, paragraphs: paragraphs.map((p) => p.join(" ")), planted };
  });
  const rows = batch.map((story) => ({
    slug: `bench-${story.number}`,
    sectionId: pick(sectionIds),
    status: random() < 0.9 ? ("published" as const) : ("draft" as const),
    headline: story.headline,
    dek: story.dek,
    body: documentFromParagraphs(story.paragraphs),
    publishedAt: new Date(now - between(1, 2 * 365 * 24 * 60) * 60_000),
  }));
  const inserted = await db.insert(articles).values(rows).returning({ id: articles.id, slug: articles.slug });
  const idOf = new Map(inserted.map((row) => [row.slug, row.id]));
  await db.insert(articleAuthors).values(batch.map((story) => ({ articleId: idOf.get(`bench-${story.number}`)!, userId: pick(authorIds) })));
  // What db/search-index.ts writes, in bulk.
  await db.insert(articleSearch).values(
    rows.map((row) => ({
      articleId: idOf.get(row.slug)!,
      ...searchDocumentOf({ ...row, kicker: "", tags: [] }),
      listed: row.status === "published",
      publishedAt: row.publishedAt,
      sectionId: row.sectionId,
    })),
  );
  for (const story of batch) for (const query of story.planted) relevant.get(query)!.add(idOf.get(`bench-${story.number}`)!);
  if ((offset / BATCH) % 20 === 19) console.log(`  ${offset + BATCH} stories…`);
}
await db.execute(sql`vacuum analyze`);
console.log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);

// 200 varied queries: frequent and rare words, pairs, words being typed, probes, spellings with
// marks and tatweel, filters and later pages.
const frequency = new Map<string, number>();
for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
const byFrequency = [...frequency.entries()].filter(([word]) => word.length > 2).sort((a, b) => b[1] - a[1]).map(([word]) => word);
const frequent = byFrequency.slice(0, 150);
const rare = byFrequency.slice(-800);
const dayAgo = (days: number) => new Date(now - days * 86_400_000).toISOString().slice(0, 10);

type Query = { kind: string; q: string; section?: string; from?: string; to?: string; page?: number };
const queries: Query[] = [];
const add = (count: number, make: () => Query) => {
  for (let i = 0; i < count; i++) queries.push(make());
};
add(50, () => ({ kind: "frequent word", q: `${pick(frequent)} ` }));
add(30, () => ({ kind: "rare word", q: `${pick(rare)} ` }));
add(30, () => ({ kind: "two words", q: `${pick(frequent)} ${pick(byFrequency)} ` }));
add(10, () => ({ kind: "three words", q: `${pick(byFrequency)} ${pick(byFrequency)} ${pick(byFrequency)} ` }));
add(20, () => ({ kind: "word being typed", q: pick(byFrequency.filter((word) => word.length > 4)).slice(0, between(3, 4)) }));
add(14, () => ({ kind: "probe", q: pick(PROBES).query }));
add(10, () => ({ kind: "marks and tatweel", q: `${pick(PROBES).forms.find((form) => /[\u064B-\u065F\u0640]/.test(form)) ?? "الإرهـــاب"} ` }));
add(12, () => ({ kind: "section filter", q: `${pick(frequent)} `, section: pick(demo.sections).slug }));
add(12, () => ({ kind: "date range", q: `${pick(frequent)} `, from: dayAgo(between(60, 200)), to: dayAgo(between(0, 59)) }));
add(8, () => ({ kind: "later page", q: `${pick(frequent)} `, page: between(2, 5) }));
add(QUERIES - queries.length, () => ({ kind: "bad input", q: pick(["", "&|!():*", "؟؟؟", "ش".repeat(1000), "'; drop table articles; --"]) }));

const run = (query: Query) =>
  searchArticles(query.q, { section: query.section ?? null, from: query.from ?? null, to: query.to ?? null }, query.page ?? 1, 10);
for (const query of queries.slice(0, 10)) await run(query); // warm the caches

// Each query runs three times and keeps its median, so that a neighbour's burst on a shared
// machine does not pass for the search's own time.
const timings: { kind: string; ms: number; total: number }[] = [];
const loadBefore = loadavg()[0]!;
for (const query of queries) {
  const runs: number[] = [];
  let total = 0;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    total = (await run(query)).total;
    runs.push(performance.now() - start);
  }
  timings.push({ kind: query.kind, ms: runs.sort((a, b) => a - b)[1]!, total });
}
console.log(`machine load average: ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (${cpus().length} cores)`);
const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
const byKind = [...new Set(timings.map((timing) => timing.kind))].map((kind) => {
  const own = timings.filter((timing) => timing.kind === kind);
  const ms = own.map((timing) => timing.ms).sort((a, b) => a - b);
  return {
    queries: kind,
    n: own.length,
    "p50 ms": +percentile(ms, 50).toFixed(1),
    "p95 ms": +percentile(ms, 95).toFixed(1),
    "median matches": own.map((timing) => timing.total).sort((a, b) => a - b)[Math.floor(own.length / 2)],
  };
});
console.table(byKind);
console.log(`all ${timings.length} queries (DAL searchArticles, page of 10 with highlights, median of 3 runs): p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms`);

// Recall and precision of each probe, with the stemmed index and with a plain ('simple') one
// built from the same normalised text for the comparison.
await db.execute(sql`create table bench_simple as select article_id, setweight(to_tsvector('simple', headline), 'A') || setweight(to_tsvector('simple', summary), 'B') || setweight(to_tsvector('simple', body), 'C') as document from article_search`);
await db.execute(sql`create index bench_simple_idx on bench_simple using gin (document)`);
const size = async (relation: string) =>
  (await selectRows<{ size: string }>(db, sql`select pg_size_pretty(pg_relation_size(${relation}::regclass)) as size`))[0]!.size;
console.log(`index size: arabic (stemmed) GIN ${await size("article_search_document_idx")}, simple GIN ${await size("bench_simple_idx")}; search table ${await size("article_search")}`);

const recallRows = [];
let totals = { arabic: [0, 0, 0], simple: [0, 0, 0] }; // found, relevant, matched
for (const probe of PROBES) {
  const tsquery = toTsQuery(parseSearchQuery(`${probe.query} `).terms)!;
  const wanted = relevant.get(probe.query)!;
  const row: Record<string, string | number> = { query: probe.query, relevant: wanted.size };
  for (const [config, table] of [["arabic", "article_search"], ["simple", "bench_simple"]] as const) {
    const matched = await selectRows<{ id: string }>(
      db,
      sql`select article_id as id from ${sql.identifier(table)} where document @@ to_tsquery(${config}::regconfig, ${tsquery})`,
    );
    const found = matched.filter((match) => wanted.has(match.id)).length;
    row[`recall ${config}`] = +(found / wanted.size).toFixed(2);
    row[`precision ${config}`] = matched.length ? +(found / matched.length).toFixed(2) : 0;
    const total = totals[config];
    totals = { ...totals, [config]: [total[0]! + found, total[1]! + wanted.size, total[2]! + matched.length] };
  }
  recallRows.push(row);
}
console.table(recallRows);
for (const config of ["arabic", "simple"] as const) {
  const [found, wanted, matched] = totals[config];
  console.log(`${config}: recall ${(found! / wanted!).toFixed(3)}, precision ${(found! / matched!).toFixed(3)} over ${PROBES.length} probe words`);
}
await closeDb();
if (databaseEnv.DATABASE_URL && !process.env.BENCH_KEEP) {
  const url = new URL(databaseEnv.DATABASE_URL);
  const server = new URL(url);
  server.pathname = "/postgres";
  await dropDatabase(server.toString(), url.pathname.slice(1));
}

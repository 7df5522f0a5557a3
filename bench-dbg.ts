import { performance } from "node:perf_hooks";
const { connectPostgres } = await import("@/db/client");
(globalThis as { khabarDb?: unknown }).khabarDb = connectPostgres("postgres://postgres@127.0.0.1:5432/discovery_bench_search");
const { searchArticles } = await import("@/lib/dal/search");
for (const [q, f] of [["دول ", {}], ["امام ", {}], ["منظمه ", {}], ["تصريح ", {}], ["امام ", { section: "culture" }], ["امام رفع ", {}], ["ترم", {}], ["قنطره ", {}]] as const) {
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const r = await searchArticles(q, f, 1, 10);
    if (i === 1) console.log(JSON.stringify(q), JSON.stringify(f), r.total, (performance.now() - t).toFixed(1), "ms");
  }
}
process.exit(0);

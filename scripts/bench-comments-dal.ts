import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import { postComment } from "@/lib/dal/comments";

// Run by scripts/bench-comments.ts (with the react-server condition, as the app's server code
// runs): the posting work itself, in process, without HTTP or Next around it. Prints JSON.
const POSTERS = 50;
// Warmed up as the server is before its measured bursts: the code paths optimised by the JIT.
const WARM_UP_BURSTS = 4;
const db = getDb();
const [story] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(seedArticle.headline)));
const created = await db
  .insert(users)
  .values(Array.from({ length: POSTERS * (WARM_UP_BURSTS + 1) }, (_, i) => ({ email: `dal-${randomUUID()}@bench.khabar.test`, displayName: `قارئ ${i}`, emailVerifiedAt: new Date() })))
  .returning({ id: users.id, email: users.email, displayName: users.displayName, role: users.role });
const post = (viewer: (typeof created)[number], i: number) =>
  postComment(viewer, { articleId: story!.id, parentId: null, body: `تعليق داخلي رقم ${i}`, clientKey: randomUUID() }, { ip: `10.7.${Math.floor(i / 250)}.${i % 250}` });

for (let burst = 1; burst <= WARM_UP_BURSTS; burst++) {
  await Promise.all(created.slice(burst * POSTERS, (burst + 1) * POSTERS).map((viewer, i) => post(viewer, burst * POSTERS + i)));
}
const cpu = process.cpuUsage();
const latencies = await Promise.all(
  created.slice(0, POSTERS).map(async (viewer, i) => {
    const started = performance.now();
    await post(viewer, i);
    return performance.now() - started;
  }),
);
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ latencies, nodeCpuMs: (used.user + used.system) / 1000 }));
await closeDb();

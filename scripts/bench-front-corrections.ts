import { setTimeout as sleep } from "node:timers/promises";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS } from "@/db/seed";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { slugify } from "@/lib/arabic/slugify";
import KhabarCacheHandler from "@/lib/cache/handler.mjs";
import { addCorrection } from "@/lib/dal/article-workflow";
import { loadViewer } from "@/lib/dal/users";
import { articlePath } from "@/lib/routes";
import { pageText } from "./bench-report";

// Run by bench-front.ts with the run's DATABASE_URL and Redis: the demo editor corrects the seed
// story TRIES times through the data layer, expires its tags as an instance would (through Redis),
// and times how long each of the origins given as arguments takes to serve the correction.
// Prints {origin: [milliseconds…]} as JSON.

const TRIES = Number(process.env.BENCH_TRIES ?? 20);
const origins = process.argv.slice(2);
const path = articlePath(slugify(seedArticle.headline));

const editorEmail = DEMO_ACCOUNTS.find((account) => account.role === "editor")!.email;
const [editorRow] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, editorEmail));
const editor = (await loadViewer({ userId: editorRow!.id, sessionVersion: editorRow!.sv }))!;
const [story] = await getDb().select({ id: articles.id }).from(articles).where(eq(articles.slug, slugify(seedArticle.headline)));
const expirer = new KhabarCacheHandler({});
await sleep(500);

const delays: Record<string, number[]> = Object.fromEntries(origins.map((origin) => [origin, []]));
for (let attempt = 1; attempt <= TRIES; attempt++) {
  const note = `تصحيح رقم ${attempt} ${process.pid}`;
  const startedAt = performance.now();
  const { invalidate } = await addCorrection(editor, { articleId: story!.id, type: "correction", note });
  await expirer.revalidateTag(invalidate);
  await Promise.all(
    origins.map(async (origin) => {
      while (!(await pageText(origin + path)).includes(note)) await sleep(10);
      delays[origin]!.push(performance.now() - startedAt);
    }),
  );
}
console.log(JSON.stringify(delays));
process.exit(0);

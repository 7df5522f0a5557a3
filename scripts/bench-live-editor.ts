import { setTimeout as sleep } from "node:timers/promises";
import { eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { documentFromParagraphs } from "@/lib/article-document";
import { postUpdate } from "@/lib/dal/live-coverage";
import { loadViewer } from "@/lib/dal/users";
import { liveBus } from "@/lib/live/bus";

// Run by bench-live.ts with the run's DATABASE_URL (and REDIS_URL when instances share Redis):
// the demo editor posts an update to the demo's live coverage every INTERVAL ms, COUNT times,
// through the data layer and the live channel as an instance's action would. Prints one JSON
// line per update: {"updateId", "sentAt"} (ms since the epoch, taken before the write).

const COUNT = Number(process.env.BENCH_UPDATES ?? 30);
const INTERVAL = Number(process.env.BENCH_INTERVAL_MS ?? 2_000);

const [editorRow] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, "editor@khabar.test"));
const editor = (await loadViewer({ userId: editorRow!.id, sessionVersion: editorRow!.sv }))!;
const [story] = await getDb().select({ id: articles.id }).from(articles).where(isNotNull(articles.coverageStartedAt));
// The channel's connections come up before the first update counts.
await sleep(1_000);

for (let n = 1; n <= COUNT; n++) {
  const sentAt = Date.now();
  const write = await postUpdate(editor, {
    articleId: story!.id,
    publish: true,
    update: { headline: "", body: documentFromParagraphs([`تحديث القياس رقم ${n}`]), isKeyEvent: false },
  });
  await liveBus().announce(write.announce);
  console.log(JSON.stringify({ updateId: write.outcome.id, sentAt }));
  await sleep(Math.max(0, sentAt + INTERVAL - Date.now()));
}
process.exit(0);

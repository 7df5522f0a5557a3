import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import postgres from "postgres";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { comments } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import { DEMO_ACCOUNTS, seedDemoNewsroom } from "@/db/seed";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { cluster } from "@/db/testing/faults-cluster";
import { storyPayload } from "@/db/testing/story-payload";
import { documentFromParagraphs } from "@/lib/article-document";
import { isDatabaseUnavailable } from "@/lib/errors";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { articleInputSchema } from "@/lib/validation/articles";
import { defaultCommentSettings } from "@/lib/comments/settings";
import { transitionArticle } from "./article-workflow";
import { updateCommentSettings } from "./comment-settings";
import { postComment } from "./comments";
import { createArticle } from "./newsroom-articles";
import { loadViewer } from "./users";

// npm run test:faults: the data layer on a private PostgreSQL cluster that is paused (SIGSTOP),
// restarted and crashed (SIGKILL) while readers post comments and an editor publishes stories, as
// on a breaking day; then a dump and restore of what was written.

// A request's longest wait: the staff's statement budget (15 s) is inside a silent connection's deadline (18 s).
const REQUEST_BUDGET_MS = 20_000;

type Attempt = { kind: "comment" | "story"; key: string; ok: boolean; error?: unknown; startedAt: number; ms: number };

let editor: SignedInViewer;
let admin: SignedInViewer;
let storyId: string;
let sectionId: number;
const readers: SignedInViewer[] = [];

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  [editor, admin] = await Promise.all([demoViewer("editor"), demoViewer("admin")]);
  // A breaking day's limits: how many comments a reader may post depends on how fast this machine
  // writes, and a refusal for posting too often is not what this suite is about.
  const busyDay = { maxComments: 1_000_000, windowMinutes: 1 };
  await updateCommentSettings(admin, { ...defaultCommentSettings, rateLimit: busyDay, ipRateLimit: busyDay });
  const [story] = await getDb().select({ id: articles.id, sectionId: articles.sectionId }).from(articles).where(eq(articles.headline, seedArticle.headline));
  [storyId, sectionId] = [story!.id, story!.sectionId];
  // Readers with verified addresses: an unverified one may not comment at all.
  const rows = Array.from({ length: 600 }, (_, n) => ({
    email: `faults-${n}-${randomUUID()}@example.com`,
    displayName: `قارئ ${n}`,
    role: "reader" as const,
    emailVerifiedAt: new Date(),
  }));
  readers.push(...(await getDb().insert(users).values(rows).returning({ id: users.id, email: users.email, displayName: users.displayName, role: users.role })));
});

async function demoViewer(role: "editor" | "admin") {
  const email = DEMO_ACCOUNTS.find((account) => account.role === role)!.email;
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, email));
  return (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))! as SignedInViewer;
}

async function attempt(kind: Attempt["kind"], key: string, write: () => Promise<unknown>): Promise<Attempt> {
  const startedAt = performance.now();
  try {
    await write();
    return { kind, key, ok: true, startedAt, ms: performance.now() - startedAt };
  } catch (error) {
    return { kind, key, ok: false, error, startedAt, ms: performance.now() - startedAt };
  }
}

const commentBody = (key: string) => `تعليق أثناء العطل ${key}`;
const headline = (key: string) => `خبر عاجل أثناء العطل ${key}`;
let posted = 0;

const authorOf = new Map<string, SignedInViewer>();

/** One reader's comment; a key sent again is sent by the reader who first sent it, as a retry is. */
function postOne(key: string = randomUUID()) {
  const reader = authorOf.get(key) ?? readers[posted++ % readers.length]!;
  authorOf.set(key, reader);
  const ip = `10.9.${Math.floor(posted / 250)}.${posted % 250}`;
  return attempt("comment", key, () => postComment(reader, { articleId: storyId, parentId: null, body: commentBody(key), clientKey: key }, { ip }));
}

function publishOne() {
  const key = randomUUID();
  return attempt("story", key, async () => {
    const input = articleInputSchema.parse(
      storyPayload({ headline: headline(key), body: documentFromParagraphs(["نص الخبر."]), sectionId, authorIds: [editor.id] }),
    );
    const { outcome } = await createArticle(editor, input);
    if (!outcome.ok) throw new Error(`the draft was refused: ${JSON.stringify(outcome)}`);
    const published = await transitionArticle(editor, { articleId: outcome.articleId, baseVersion: outcome.version, action: "publish" });
    if (!published.outcome.ok) throw new Error(`publishing was refused: ${JSON.stringify(published.outcome)}`);
  });
}

describe("a PostgreSQL server that stalls, restarts and crashes under writes", () => {
  it("loses no acknowledged write, stores none twice, answers each within its budget and recovers without a restart of the app", async () => {
    const attempts: Attempt[] = [];
    let faulting = true;
    const writer = async (write: () => Promise<Attempt>) => {
      while (faulting) attempts.push(await write());
    };
    const writers = Promise.all([writer(() => postOne()), writer(() => postOne()), writer(() => postOne()), writer(publishOne)]);
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    await pause(1_500);
    await cluster.pause();
    await pause(3_000);
    await cluster.resume();
    await pause(2_000);
    await cluster.restart();
    await pause(2_000);
    await cluster.crashAndStart();
    const recoveredAt = performance.now();
    await pause(3_000);
    faulting = false;
    await writers;

    const failed = attempts.filter((entry) => !entry.ok);
    const acknowledged = (kind: Attempt["kind"]) => attempts.filter((entry) => entry.kind === kind && entry.ok).length;
    const longest = Math.max(...attempts.map((entry) => entry.ms));
    console.log(`${attempts.length} writes: ${acknowledged("comment")} comments and ${acknowledged("story")} stories acknowledged, ${failed.length} refused; the longest took ${Math.round(longest)} ms`);
    expect(acknowledged("comment")).toBeGreaterThan(10);
    expect(acknowledged("story")).toBeGreaterThan(0);
    // The faults were felt, each failure was a database that could not answer (said to the
    // person as "try again shortly"), and no request waited past its budget.
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.filter((entry) => !isDatabaseUnavailable(entry.error)).map((entry) => String(entry.error))).toEqual([]);
    expect(attempts.filter((entry) => entry.ms > REQUEST_BUDGET_MS)).toEqual([]);
    // Writing resumes after the crash on the same pool, with no restart of the app.
    await expect.poll(async () => (await postOne()).ok, { timeout: 30_000, interval: 250 }).toBe(true);
    console.log(`writing resumed ${Math.round(performance.now() - recoveredAt)} ms after the server came back`);

    // Every acknowledged comment and story is there once.
    const okComments = attempts.filter((entry) => entry.kind === "comment" && entry.ok).map((entry) => entry.key);
    const stored = await getDb().select({ key: comments.clientKey, body: comments.body }).from(comments).where(inArray(comments.clientKey, okComments));
    expect(stored.length).toBe(okComments.length);
    expect(new Set(stored.map((row) => row.key))).toEqual(new Set(okComments));
    for (const story of attempts.filter((entry) => entry.kind === "story")) {
      const rows = await getDb().select({ status: articles.status }).from(articles).where(eq(articles.headline, headline(story.key)));
      if (story.ok) expect(rows).toEqual([{ status: "published" }]);
      else expect(rows.length).toBeLessThanOrEqual(1);
    }

    // A reader whose comment failed sends it again with the same key: it is stored once, never twice.
    const failedComments = failed.filter((entry) => entry.kind === "comment").map((entry) => entry.key);
    for (const key of failedComments) {
      const retry = await postOne(key);
      expect(retry.ok ? "stored" : String(retry.error)).toBe("stored");
    }
    const everyKey = attempts.filter((entry) => entry.kind === "comment").map((entry) => entry.key);
    const counts = await getDb()
      .select({ key: comments.clientKey, n: sql<number>`count(*)::int` })
      .from(comments)
      .where(inArray(comments.clientKey, everyKey))
      .groupBy(comments.clientKey);
    expect(counts.length).toBe(everyKey.length);
    expect(counts.filter((row) => row.n !== 1)).toEqual([]);
  });

  it("dumps and restores every story, revision, comment, image and log entry exactly", async () => {
    const source = new URL(process.env.DATABASE_URL!);
    const database = source.pathname.slice(1);
    const restored = `${database}_restored`;
    const connection = ["-h", "127.0.0.1", "-p", source.port, "-U", "postgres"];
    await cluster.tool("pg_dump", [...connection, "--format=custom", "--file=dump.custom", database]);
    await cluster.tool("createdb", [...connection, "--template=template0", restored]);
    await cluster.tool("pg_restore", [...connection, "--exit-on-error", `--dbname=${restored}`, "dump.custom"]);

    const fingerprints = async (name: string) => {
      const client = postgres(`${cluster.url}/${name}`, { max: 1, onnotice: () => {} });
      try {
        const tables = await client<{ name: string }[]>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`;
        const rows: Record<string, { rows: number; digest: string }> = {};
        for (const { name: table } of tables) {
          const [row] = await client<{ rows: number; digest: string }[]>`
            select count(*)::int as rows, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${client(table)} t`;
          rows[table] = row!;
        }
        return rows;
      } finally {
        await client.end();
      }
    };
    const before = await fingerprints(database);
    const after = await fingerprints(restored);
    for (const table of ["articles", "article_revisions", "article_events", "comments", "comment_moderation_events", "images"]) {
      expect(before[table]?.rows, table).toBeGreaterThan(0);
    }
    expect(after).toEqual(before);
  });
});

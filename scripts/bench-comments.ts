import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { eq, sql } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { connectPglite, connectPostgres, selectRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import { siteSettings } from "@/db/schema/comments";
import { users } from "@/db/schema/users";
import seedArticle from "@/db/seed-data/seed-article.json" with { type: "json" };
import { prepareSeededDatabase } from "@/db/testing/seeded-database";
import { slugify } from "@/lib/arabic/slugify";
import { signFormToken } from "@/lib/comments/form-token";
import { defaultCommentSettings } from "@/lib/comments/settings";
import { articlePath } from "@/lib/routes";
import { check, machineLoad, median, percentile, round } from "./bench-report";
import { SERVER_V8_FLAGS } from "./server-flags";

// npm run bench:comments (after `npm run build`): seeds the seed story with 5,000 approved
// comments, serves the production build, and measures
//   1. the thread's first page and "load more" (the JSON the story page's island reads), warm
//      (from the data cache) and cold (a data-cache miss: database + cache write, on a server
//      already warmed up): "load more" pages on their first request, the first page on the
//      first request after a newly published comment expired the thread's tag;
//   2. 50 comments posted at once through the real server action, by new readers (held for
//      review) and by trusted readers (published at once, which updates the story's count and
//      expires the thread's cache), then the same 50 submissions retried; for comparison, 50
//      calls at once of an action that does nothing (Next's own floor), and 50 posts at once
//      in process, without HTTP (scripts/bench-comments-dal.ts). Comments are posted the way
//      the form's script sends them (its fields as JSON), to a server started as `npm start`
//      starts it, with COMPRESSION as set (COMPRESSION=off: as deployed behind a proxy that
//      compresses).
// Server time is the route's own Server-Timing figure; posting is timed by the client.
// Checks (a failed one exits non-zero): the cold reads really missed the cache, published
// comments reach the thread, the retried submissions stored nothing.
// BENCH_POSTS_ONLY=1 skips the reads; BENCH_PROFILE=<dir> writes the server's CPU profile there.

const PORT = Number(process.env.BENCH_PORT ?? 3601);
const base = `http://127.0.0.1:${PORT}`;
const TOP_LEVEL = 4_000;
const REPLIES = 1_000;
const POSTERS = 50;
const COLD_READS = 10;
// The editorial clock expires recorded cache tags every second (lib/editorial/clock.ts); this
// leaves it room on a loaded machine.
const CLOCK_WAIT_MS = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const databaseEnv = await prepareSeededDatabase("bench_comments");
rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
const slug = slugify(seedArticle.headline);

const connection = databaseEnv.DATABASE_URL ? connectPostgres(databaseEnv.DATABASE_URL, { max: 2 }) : connectPglite(databaseEnv.PGLITE_DIR!);
const { db } = connection;
const [story] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug));
const articleId = story!.id;

async function createUsers(prefix: string, count: number) {
  const rows = await db
    .insert(users)
    .values(Array.from({ length: count }, (_, i) => ({ email: `${prefix}-${i}@bench.khabar.test`, displayName: `قارئ ${prefix} ${i}`, emailVerifiedAt: new Date() })))
    .returning({ id: users.id });
  return rows.map((row) => row.id);
}

const commenters = await createUsers("commenter", 200);
await db.execute(sql`
  insert into comments (article_id, author_id, body, status, client_key, created_at, status_changed_at)
  select ${articleId}::uuid, (${sql.raw(`array[${commenters.map((id) => `'${id}'::uuid`).join(",")}]`)})[1 + (i % ${commenters.length})],
         'تعليق رقم ' || i || ': متابعة ممتازة للخبر، وأتمنى أن تنشروا المزيد من التفاصيل عن الضحايا والمنطقة.',
         'approved', gen_random_uuid(), now() - interval '3 hours' + i * interval '2 seconds', now()
  from generate_series(1, ${TOP_LEVEL}) as i`);
await db.execute(sql`
  insert into comments (article_id, parent_id, author_id, body, status, client_key, created_at, status_changed_at)
  select c.article_id, c.id, c.author_id, 'رد على التعليق: أوافقك الرأي.', 'approved', gen_random_uuid(), c.created_at + interval '1 second' * r, now()
  from (select id, article_id, author_id, created_at from comments where article_id = ${articleId} and parent_id is null
        order by created_at limit ${REPLIES / 2}) c, generate_series(1, 2) as r`);
await db.execute(sql`
  update comments set approved_reply_count = (select count(*) from comments r where r.parent_id = comments.id and r.status = 'approved')
  where article_id = ${articleId} and parent_id is null`);
await db.execute(sql`
  update articles set comment_count = (select count(*) from comments c where c.article_id = articles.id and c.status = 'approved')
  where id = ${articleId}`);
const [{ approved } = { approved: 0 }] = await selectRows<{ approved: number }>(
  db,
  sql`select count(*)::int as approved from comments where article_id = ${articleId} and status = 'approved'`,
);

// New readers (held for review), trusted ones (who already have approved comments, so theirs
// are published at once) and some for warming up.
// A single burst of 50 on a shared two-core machine is noisy: each kind runs MEASURED_BURSTS times.
const WARM_UP_BURSTS = 4;
const MEASURED_BURSTS = 5;
const bursts = (readers: string[]) =>
  Array.from({ length: readers.length / POSTERS }, (_, i) => readers.slice(i * POSTERS, (i + 1) * POSTERS));
async function createPosters(run: string) {
  const posters = {
    warm: await createUsers(`${run}-warm`, POSTERS * WARM_UP_BURSTS),
    sequential: await createUsers(`${run}-sequential`, 20),
    fresh: await createUsers(`${run}-new`, POSTERS * MEASURED_BURSTS),
    trusted: await createUsers(`${run}-trusted`, POSTERS * MEASURED_BURSTS),
    // Trusted too: each publishes one comment, which expires the thread's tag, before a cold read.
    cold: await createUsers(`${run}-cold`, COLD_READS),
  };
  const trusted = [...posters.trusted, ...posters.cold];
  await db.execute(sql`
    insert into comments (article_id, author_id, body, status, client_key, created_at)
    select ${articleId}::uuid, u, 'تعليق سابق معتمد.', 'approved', gen_random_uuid(), now() - interval '1 day'
    from unnest(${sql.raw(`array[${trusted.map((id) => `'${id}'::uuid`).join(",")}]`)}) as u, generate_series(1, ${defaultCommentSettings.trustThreshold})`);
  await db.execute(sql`update articles set comment_count = comment_count + ${trusted.length * defaultCommentSettings.trustThreshold} where id = ${articleId}`);
  return posters;
}
const posters = await createPosters("bench");
await db.insert(siteSettings).values({ key: "comments", value: defaultCommentSettings }).onConflictDoNothing();
await connection.close();

// `npm start`'s V8 flags; COMPRESSION as set.
const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const server = spawn(process.execPath, [...profile, ...SERVER_V8_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)], {
  env: { ...process.env, ...databaseEnv, NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForServer() {
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("The server did not start");
}

function summary(name: string, server: number[], client: number[]) {
  return {
    measure: name,
    requests: client.length,
    "server p50 ms": round(percentile(server, 50)),
    "server p95 ms": round(percentile(server, 95)),
    "client p50 ms": round(percentile(client, 50)),
    "client p95 ms": round(percentile(client, 95)),
    "client p99 ms": round(percentile(client, 99)),
  };
}

interface ThreadResponse {
  page: { comments: { id: string; body: string }[]; nextCursor: string | null };
}

async function getThread(query: string) {
  const started = performance.now();
  const response = await fetch(`${base}/api/articles/${articleId}/comments?${query}`);
  const client = performance.now() - started;
  if (!response.ok) throw new Error(`Thread request failed: ${response.status}`);
  const body = (await response.json()) as ThreadResponse;
  const server = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1] ?? Number.NaN);
  return { client, server, body };
}

/** The first page from the data cache: one request to fill it, then `times` timed ones. */
async function measureWarmFirstPage(order: "oldest" | "newest", times: number) {
  const server: number[] = [];
  const client: number[] = [];
  await getThread(`order=${order}`);
  for (let i = 0; i < times; i++) {
    const result = await getThread(`order=${order}`);
    server.push(result.server);
    client.push(result.client);
  }
  return summary(`first page (${order} first), warm: from the data cache`, server, client);
}

/**
 * The first page as the first reader after a change gets it: a trusted reader's comment is
 * published (through the action, as in the bursts below), the clock expires the thread's tag,
 * and the next request reads the database. The page must start with that comment, or the read
 * came from the cache and the run stops.
 */
async function measureColdFirstPage() {
  const server: number[] = [];
  const client: number[] = [];
  for (const [i, userId] of posters.cold.entries()) {
    const text = `تعليق قبل قراءة باردة رقم ${i}`;
    await post(await sessionCookie(userId), `10.7.1.${i}`, randomUUID(), text);
    await sleep(CLOCK_WAIT_MS);
    const result = await getThread("order=newest");
    if (result.body.page.comments[0]?.body !== text) {
      throw new Error(`The thread's tag was not expired ${CLOCK_WAIT_MS} ms after a comment was published: this read came from the cache, not cold`);
    }
    server.push(result.server);
    client.push(result.client);
  }
  return summary(`first page (newest first), cold: first request after a new comment expired the thread's tag (${COLD_READS} times)`, server, client);
}

async function walkPages(order: "oldest" | "newest") {
  const server: number[] = [];
  const client: number[] = [];
  let cursor: string | null = (await getThread(`order=${order}`)).body.page.nextCursor;
  let pages = 1;
  while (cursor) {
    const result = await getThread(`order=${order}&after=${cursor}`);
    server.push(result.server);
    client.push(result.client);
    cursor = result.body.page.nextCursor;
    pages++;
  }
  return { pages, server, client };
}

// ── Posting through the server action ────────────────────────────────────────────

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  // Plain values, as here, encode to a string.
  encodeReply: (value: unknown) => Promise<string>;
};
const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
  node: Record<string, { exportedName: string; filename: string }>;
};
const actionId = (name: string) =>
  Object.entries(manifest.node).find(([, action]) => action.exportedName === name && action.filename.includes("components/comments/actions"))![0];
const postActionId = actionId("submitCommentAction");
const noopActionId = actionId("deleteCommentAction");

// The posts go out through node:http on kept-alive connections, as a load generator such as
// autocannon sends them: fetch() costs the client about a millisecond of CPU per request, taken
// from the machine the server runs on. Like a browser, the client accepts gzip and unpacks it.
const connections = new Agent({ keepAlive: true, maxSockets: POSTERS });

function callAction(actionId: string, body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  return new Promise<{ ms: number; status: number; answer: string }>((resolve, reject) => {
    const call = request(`${base}${articlePath(slug)}`, {
      method: "POST",
      agent: connections,
      headers: {
        ...headers,
        "Next-Action": actionId,
        Accept: "text/x-component",
        "Accept-Encoding": "gzip",
        "Content-Type": "text/plain;charset=UTF-8",
        "Content-Length": Buffer.byteLength(body),
      },
    });
    call.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const answer = (response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw).toString();
        resolve({ ms: performance.now() - started, status: response.statusCode!, answer });
      });
    });
    call.on("error", reject);
    call.end(body);
  });
}

/** An action call that is refused by its input check before any work: what Next itself costs. */
async function noop() {
  const body = await encodeReply([{ commentId: "not-a-comment" }]);
  return (await callAction(noopActionId, body)).ms;
}

async function sessionCookie(userId: string) {
  const token = await encode({ token: { sub: userId, sv: 1 }, secret: databaseEnv.AUTH_SECRET!, salt: "authjs.session-token" });
  return `authjs.session-token=${token}`;
}

async function post(cookie: string, address: string, clientKey: string, text: string) {
  // The form's fields as its script sends them.
  const fields = { articleId, parentId: "", formToken: signFormToken(databaseEnv.AUTH_SECRET!, articleId, Date.now() - 10_000), clientKey, website: "", body: text };
  const body = await encodeReply([fields]);
  const { ms, status, answer } = await callAction(postActionId, body, { Cookie: cookie, "X-Forwarded-For": address });
  if (status !== 200 || !answer.includes('"ok":true')) throw new Error(`Posting failed (${status}): ${answer.slice(0, 300)}`);
  return ms;
}

async function postConcurrently(userIds: string[], label: string, keys = userIds.map(() => randomUUID())) {
  const cookies = await Promise.all(userIds.map(sessionCookie));
  const latencies = await Promise.all(
    userIds.map((_, i) => post(cookies[i]!, `10.9.${Math.floor(i / 250)}.${i % 250}`, keys[i]!, `تعليق متزامن من ${label} رقم ${i}`)),
  );
  return { latencies, keys };
}

async function postInProcess(): Promise<{ latencies: number[]; nodeCpuMs: number }> {
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/bench-comments-dal.ts"], {
    env: { ...process.env, ...databaseEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  await new Promise((resolve) => child.once("exit", resolve));
  return JSON.parse(output.trim().split("\n").at(-1)!);
}

/** Latency of some bursts of requests: the median burst's p50 and p99, and the spread of p99. */
function postingSummary(name: string, bursts: number[][]) {
  const p99s = bursts.map((latencies) => percentile(latencies, 99)).sort((a, b) => a - b);
  return {
    measure: name,
    bursts: bursts.length,
    "p50 ms": round(median(bursts.map((latencies) => percentile(latencies, 50)))),
    "p99 ms": round(median(p99s)),
    "p99 best–worst": `${round(p99s[0]!)}–${round(p99s.at(-1)!)}`,
  };
}

/** Posting bursts, after warming the server up as a live site would be. */
async function measurePosting() {
  // Code paths optimised by the JIT, the database pool's connections open.
  for (const readers of bursts(posters.warm)) await postConcurrently(readers, "قارئ للتحمية");
  const sequential: number[] = [];
  for (const [i, userId] of posters.sequential.entries()) {
    sequential.push(await post(await sessionCookie(userId), `10.8.1.${i}`, randomUUID(), `تعليق متتابع رقم ${i}`));
  }
  const run = { sequential: [sequential], fresh: [] as number[][], trusted: [] as number[][], retried: [] as number[][], floor: [] as number[][] };
  await noop();
  for (const [i, readers] of bursts(posters.fresh).entries()) {
    const fresh = await postConcurrently(readers, "قارئ جديد");
    run.fresh.push(fresh.latencies);
    run.trusted.push((await postConcurrently(bursts(posters.trusted)[i]!, "قارئ موثوق")).latencies);
    run.retried.push((await postConcurrently(readers, "قارئ جديد", fresh.keys)).latencies);
    run.floor.push(await Promise.all(Array.from({ length: POSTERS }, noop)));
  }
  return run;
}

/** The reads, warm first: a cold read is measured on a server that has already served the route. */
async function measureReads() {
  const warmOldest = await measureWarmFirstPage("oldest", 300);
  const warmNewest = await measureWarmFirstPage("newest", 300);
  const coldWalk = await walkPages("oldest");
  const warmWalk = await walkPages("oldest");
  return [
    await measureColdFirstPage(),
    warmOldest,
    warmNewest,
    summary(`load more, cold: each of ${coldWalk.pages - 1} pages on its first request`, coldWalk.server, coldWalk.client),
    summary(`load more, warm: the same ${warmWalk.pages - 1} pages again`, warmWalk.server, warmWalk.client),
  ];
}

try {
  await waitForServer();
  const loadBefore = machineLoad();
  // Warm the route and the story page once, as a live site would be.
  await fetch(`${base}${articlePath(slug)}`);
  await getThread("order=oldest");

  // BENCH_POSTS_ONLY=1 skips the reads (for profiling the posting path on its own).
  const reads = process.env.BENCH_POSTS_ONLY ? [] : await measureReads();
  const posting = await measurePosting();
  // The last public comments are the last trusted burst's, once the clock has expired the tag.
  await sleep(CLOCK_WAIT_MS);
  const newest = (await getThread("order=newest")).body.page.comments[0]?.body ?? "";
  check(
    newest.startsWith("تعليق متزامن من قارئ موثوق"),
    `a trusted reader's comment from the bursts heads the newest page ${CLOCK_WAIT_MS} ms after the last burst`,
    `it starts with "${newest.slice(0, 60)}"`,
  );

  // The in-process run needs the database to itself when it is embedded, so it runs after the server
  // only on a PostgreSQL server.
  const inProcess = databaseEnv.DATABASE_URL ? await postInProcess() : null;
  if (reads.length > 0) {
    console.log(`\nThread of ${approved} approved comments (${TOP_LEVEL} top-level, ${REPLIES} replies), 20 per page.`);
    console.table(reads);
  }
  console.table([
    postingSummary("one at a time (20 readers in turn)", posting.sequential),
    postingSummary(`${POSTERS} at once, new readers (held for review)`, posting.fresh),
    postingSummary(`${POSTERS} at once, trusted readers (published, count + cache)`, posting.trusted),
    postingSummary(`${POSTERS} at once, the same submissions retried`, posting.retried),
    postingSummary(`${POSTERS} at once, an action that does nothing (Next's floor)`, posting.floor),
    ...(inProcess ? [postingSummary(`${POSTERS} at once, in process without HTTP (DAL only)`, [inProcess.latencies])] : []),
  ]);
  if (inProcess) console.log(`in-process posting used ${Math.round(inProcess.nodeCpuMs)} ms of Node CPU for ${POSTERS} comments`);
  console.log(`database: ${databaseEnv.DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"}; COMPRESSION=${process.env.COMPRESSION || "on"}`);
  console.log(`machine ${loadBefore} at the start; ${machineLoad()} at the end`);
} finally {
  connections.destroy();
  await new Promise((resolve) => {
    server.once("exit", resolve);
    server.kill("SIGTERM");
  });
}

// The server is gone (an embedded database has one user at a time): count what the bursts stored.
const afterwards = databaseEnv.DATABASE_URL ? connectPostgres(databaseEnv.DATABASE_URL, { max: 1 }) : connectPglite(databaseEnv.PGLITE_DIR!);
const [stored = { n: 0, keys: 0 }] = await selectRows<{ n: number; keys: number }>(
  afterwards.db,
  sql`select count(*)::int as n, count(distinct client_key)::int as keys from comments where body like 'تعليق متزامن من قارئ جديد%' or body like 'تعليق متزامن من قارئ موثوق%'`,
);
await afterwards.close();
const expected = POSTERS * MEASURED_BURSTS * 2;
check(
  stored.n === expected && stored.keys === expected,
  `the bursts stored ${expected} comments with ${expected} keys: the retried submissions stored none`,
  `stored ${stored.n} comments with ${stored.keys} keys`,
);

import { eq, isNotNull } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/live/events/route";
import { getDb } from "@/db";
import { articles } from "@/db/schema/articles";
import { users } from "@/db/schema/users";
import { seedDemoNewsroom } from "@/db/seed";
import { documentFromParagraphs } from "@/lib/article-document";
import { postUpdate } from "@/lib/dal/live-coverage";
import { latestLiveEventId } from "@/lib/dal/live-events";
import { loadViewer } from "@/lib/dal/users";
import { env } from "@/lib/env";
import type { SignedInViewer } from "@/lib/permissions/viewer";
import { liveBus } from "./bus";
import { storyChannel } from "./events";

// The live route as a browser's EventSource meets it: replay after the id it names, then what
// comes, each message once; a refusal it can fall back from.

let editor: SignedInViewer;
let channel: string;
let articleId: string;
const aborts: AbortController[] = [];

beforeAll(async () => {
  await seedDemoNewsroom(getDb());
  const [row] = await getDb().select({ id: users.id, sv: users.sessionVersion }).from(users).where(eq(users.email, "editor@khabar.test"));
  editor = (await loadViewer({ userId: row!.id, sessionVersion: row!.sv }))!;
  const [story] = await getDb().select({ id: articles.id }).from(articles).where(isNotNull(articles.coverageStartedAt));
  articleId = story!.id;
  channel = storyChannel(articleId);
});

afterEach(() => aborts.splice(0).forEach((abort) => abort.abort()));

async function post(text: string) {
  const write = await postUpdate(editor, { articleId, publish: true, update: { headline: "", body: documentFromParagraphs([text]), isKeyEvent: false } });
  await liveBus().announce(write.announce);
  return write.announce[0]!;
}

function open(query: string, headers: Record<string, string> = {}, address = "198.51.100.7") {
  const abort = new AbortController();
  aborts.push(abort);
  const request = new Request(`http://localhost/api/live/events?${query}`, { headers: { "x-forwarded-for": address, ...headers }, signal: abort.signal });
  return GET(request);
}

/** The ids of the messages the stream sends, read until `count` have come. */
async function ids(response: Response, count: number): Promise<number[]> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const { value, done } = await Promise.race([reader.read(), new Promise<never>((_, fail) => setTimeout(() => fail(new Error("stream went quiet")), 5_000))]);
    if (done) break;
    text += decoder.decode(value);
    const seen = [...text.matchAll(/^id: (\d+)$/gm)].map((match) => Number(match[1]));
    if (seen.length >= count) {
      reader.releaseLock();
      return seen;
    }
  }
  throw new Error(`only got: ${text}`);
}

describe("the live stream", () => {
  it("sends a reconnecting reader what it missed after Last-Event-ID, then what comes, each once and in order", async () => {
    const before = await latestLiveEventId();
    const missed = [await post("فات القارئ الأول"), await post("فات القارئ الثاني")];
    const response = await open(`channels=site,${channel}&after=0`, { "last-event-id": String(before) });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const received = ids(response, 3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const fresh = await post("وصل أثناء الاتصال");
    expect(await received).toEqual([...missed, fresh]);
  });

  it("answers a poll with the messages after the id it names", async () => {
    const before = await latestLiveEventId();
    const id = await post("لمن يسأل كل عشرين ثانية");
    const answer = await (await open(`channels=${channel}&after=${before}&poll=1`)).json();
    expect(answer).toMatchObject({ reset: false, events: [{ id, kind: "update", channel }] });
  });

  it("refuses streams past the per-address limit with a clear answer to poll instead", async () => {
    const opened = await Promise.all(Array.from({ length: env.LIVE_MAX_STREAMS_PER_ADDRESS }, () => open(`channels=site`, {}, "203.0.113.9")));
    expect(opened.every((response) => response.status === 200)).toBe(true);
    const refused = await open("channels=site", {}, "203.0.113.9");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("20");
    expect(await refused.json()).toMatchObject({ poll: true });
    expect((await open("channels=site", {}, "203.0.113.10")).status).toBe(200);
  });

  it("refuses channels that do not exist", async () => {
    for (const query of ["channels=admin", "channels=story:nope", "channels=", "channels=site&after=-1"]) {
      expect((await open(query)).status).toBe(400);
    }
  });
});

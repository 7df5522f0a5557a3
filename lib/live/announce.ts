import "server-only";
import { cacheTags } from "@/lib/cache/tags";
import { lastLiveMessage, recordLiveEvent } from "@/lib/dal/live-events";
import { getBreakingNews } from "@/lib/dal/public-live";
import { liveBus } from "./bus";
import { SITE_CHANNEL, storyChannel, type LiveMessage } from "./events";

// Open pages hear of a change when what they show expires: a story's comment thread, and the
// breaking strip, which every change to the front page may touch. Live updates announce
// themselves (lib/dal/live-coverage.ts records them with the change).

const COMMENTS_TAG = new RegExp(`^${cacheTags.comments("(.+)")}$`);

async function breakingChanged(): Promise<LiveMessage | null> {
  const message: LiveMessage = { kind: "breaking", stories: (await getBreakingNews()).stories };
  const last = await lastLiveMessage(SITE_CHANNEL);
  return JSON.stringify(last) === JSON.stringify(message) ? null : message;
}

/** Tells open pages about the expired tags they show; a failure is logged, never thrown at the writer. */
export async function announceExpired(tags: Iterable<string>): Promise<void> {
  try {
    const messages: { channel: string; message: LiveMessage }[] = [];
    for (const tag of new Set(tags)) {
      const articleId = COMMENTS_TAG.exec(tag)?.[1];
      if (articleId) messages.push({ channel: storyChannel(articleId), message: { kind: "comments" } });
      if (tag === cacheTags.home) {
        const breaking = await breakingChanged();
        if (breaking) messages.push({ channel: SITE_CHANNEL, message: breaking });
      }
    }
    const ids = await Promise.all(messages.map(({ channel, message }) => recordLiveEvent(undefined, channel, message)));
    await liveBus().announce(ids);
  } catch (error) {
    console.error("Open pages could not be told of a change", error);
  }
}

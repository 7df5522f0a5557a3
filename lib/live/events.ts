import type { AuthorRef } from "@/lib/dal/public-articles";
import type { ArticleDocument } from "@/lib/article-document";

// What open pages are told, shared by the server that sends it and the islands that read it.
// Everything here is public: the stream is the same for every reader of a page.

/** Every public page listens here: the breaking strip. */
export const SITE_CHANNEL = "site";
/** A story's readers listen here: its live updates, its coverage state and its comment thread. */
export const storyChannel = (articleId: string) => `story:${articleId}`;

const CHANNEL = /^(site|story:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
export const isLiveChannel = (channel: string) => CHANNEL.test(channel);

/** An update as readers see it; `version` orders the messages about one update. */
export interface LiveUpdateView {
  id: number;
  version: number;
  headline: string;
  body: ArticleDocument;
  isKeyEvent: boolean;
  publishedAt: string;
  /** The time, and the date with it, as the newsroom's clock reads them (formatted on the server). */
  time: string;
  dateTime: string;
  /** Set once its published words changed ("عُدّل"). */
  editedAt: string | null;
  authors: AuthorRef[];
}

/** A story in the breaking strip: what the strip draws, no more (every public page carries the list). */
export interface BreakingLink {
  headline: string;
  /** A link's path (lib/link-paths.ts), one per story. */
  path: string;
}

export type LiveMessage =
  | { kind: "update"; update: LiveUpdateView }
  | { kind: "update-removed"; updateId: number; version: number }
  | { kind: "coverage"; endedAt: string | null }
  | { kind: "comments" }
  | { kind: "breaking"; stories: BreakingLink[] };

/** A message as recorded and sent: its id orders every message on every channel. */
export type LiveEvent = LiveMessage & { id: number; channel: string };

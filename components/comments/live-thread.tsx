"use client";

import { useEffect, useMemo, useState } from "react";
import { placeUnpublished } from "@/lib/comments/place-unpublished";
import type { CommentView, ThreadOrder, ThreadPayload } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/site";
import { storyChannel } from "@/lib/live/events";
import { useLiveChannel } from "@/components/live/use-live-channel";
import { articlePath, commentsPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { ThreadBody } from "./thread-body";
import { ThreadControlsProvider, useHydrated, type ThreadControls } from "./thread-context";

type Props = { articleId: string; slug: string };

type Loaded = { payload: ThreadPayload; more: CommentView[]; nextCursor: string | null };

// `seen` names the live message that announced a change: a distinct address, so that a shared
// cache in front (kept for a second) answers with the thread after that change, once for all.
const threadUrl = (articleId: string, order: ThreadOrder, after?: string | null, seen?: number | null) =>
  `/api/articles/${articleId}/comments?order=${order}${after ? `&after=${after}` : ""}${seen ? `&seen=${seen}` : ""}`;

/** Readers of a busy thread fetch its change spread over this long, not all in the same instant. */
const LIVE_REFETCH_SPREAD_MS = 1_000;

async function fetchThread(url: string, signal?: AbortSignal): Promise<ThreadPayload> {
  const response = await fetch(url, { cache: "no-store", signal });
  if (!response.ok) throw new Error(`Thread request failed: ${response.status}`);
  return response.json();
}

/**
 * The comment thread on the cached story page: fetched after load, so the story stays one
 * cached page for every reader while its thread changes by the second. Without JavaScript the
 * link to the comments page (rendered by the server beside this island) does the same job.
 */
/** Every comment the server's answer shows or lists as the viewer's own, replies included. */
function commentIdsIn(payload: ThreadPayload, more: CommentView[] = []): Set<string> {
  const comments = [...payload.page.comments, ...more];
  return new Set([...comments.flatMap((c) => [c.id, ...c.replies.map((r) => r.id)]), ...payload.viewer.unpublished.map((c) => c.id)]);
}

export function LiveThread({ articleId, slug }: Props) {
  const [order, setOrder] = useState<ThreadOrder>("oldest");
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [ownExtras, setOwnExtras] = useState<CommentView[]>([]);
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [seen, setSeen] = useState<number | null>(null);
  const hydrated = useHydrated();

  // A comment approved or taken down: the thread is fetched again, keeping the pages already loaded.
  useLiveChannel(storyChannel(articleId), null, (event) => {
    if (event.kind === "comments") setTimeout(() => setSeen(event.id), Math.random() * LIVE_REFETCH_SPREAD_MS);
  });

  useEffect(() => {
    const controller = new AbortController();
    fetchThread(threadUrl(articleId, order, null, seen), controller.signal)
      .then((payload) => {
        const firstPage = commentIdsIn(payload);
        setLoaded((current) =>
          current && current.payload.order === order && current.more.length > 0
            ? { payload, more: current.more.filter((comment) => !firstPage.has(comment.id)), nextCursor: current.nextCursor }
            : { payload, more: [], nextCursor: payload.page.nextCursor },
        );
        // The server's view has taken over the viewer's own comments it knows of.
        const known = commentIdsIn(payload);
        setOwnExtras((current) => current.filter((comment) => !known.has(comment.id)));
        setFailed(false);
      })
      .catch((error: Error) => {
        if (error.name !== "AbortError") setFailed(true);
      });
    return () => controller.abort();
  }, [articleId, order, reloads, seen]);

  const controls = useMemo<ThreadControls>(
    () => ({
      refresh: (said) => {
        setNotice(said ?? null);
        setReloads((n) => n + 1);
        return said !== undefined;
      },
      // Shown at once from the action's answer; the reload then brings the server's view.
      showOwn: (comment) => {
        setOwnExtras((current) => [...current.filter((c) => c.id !== comment.id), comment]);
        setReloads((n) => n + 1);
      },
    }),
    [],
  );

  async function loadMore() {
    if (!loaded?.nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await fetchThread(threadUrl(articleId, order, loaded.nextCursor));
      setLoaded((current) =>
        current && { ...current, more: [...current.more, ...next.page.comments], nextCursor: next.page.nextCursor },
      );
    } catch {
      setFailed(true);
    } finally {
      setLoadingMore(false);
    }
  }

  const fullPage = linkPath(commentsPath(slug));
  // Before scripts run (or without them) the thread is one link away, on a page of its own.
  if (!hydrated) {
    return (
      <p className="thread__status">
        <a href={fullPage}>{ar.comments.readAndJoin}</a>
      </p>
    );
  }
  if (!loaded) {
    return (
      <p className="thread__status" role="status">
        {failed ? ar.comments.loadFailed : ar.comments.loading}{" "}
        <a href={fullPage}>{ar.comments.openThreadPage}</a>
      </p>
    );
  }

  const { payload } = loaded;
  const pageComments = [...payload.page.comments, ...loaded.more];
  const known = commentIdsIn(payload, loaded.more);
  const extras = ownExtras.filter((c) => !known.has(c.id));
  // A new approved top-level comment may belong on a page not loaded yet: show it where the author looks.
  const newTopLevel = extras.filter((c) => c.status === "approved" && !c.parentId);
  const page = {
    ...payload.page,
    comments: order === "newest" ? [...newTopLevel, ...pageComments] : [...pageComments, ...newTopLevel],
  };
  const placed = placeUnpublished(page, [...payload.viewer.unpublished, ...extras.filter((c) => !newTopLevel.includes(c))]);

  return (
    <ThreadControlsProvider value={controls}>
      <div className="thread">
        <div className="thread__bar">
          <p className="thread__count">{ar.comments.count(payload.article.commentCount)}</p>
          {payload.article.commentCount > 1 && (
            <div className="segmented" role="group" aria-label={ar.comments.order}>
              {(["oldest", "newest"] as const).map((value) => (
                <button key={value} type="button" aria-pressed={order === value} onClick={() => setOrder(value)}>
                  {value === "oldest" ? ar.comments.oldestFirst : ar.comments.newestFirst}
                </button>
              ))}
            </div>
          )}
        </div>
        {notice && (
          <p className="thread__status" role="status">
            {notice}
          </p>
        )}
        <ThreadBody
          payload={payload}
          comments={placed.page.comments}
          apart={placed.apart}
          signInHref={`/login?callbackUrl=${encodeURIComponent(`${articlePath(slug)}#comments`)}`}
          repliesHref={(commentId) => linkPath(commentsPath(slug, { thread: commentId }))}
        />
        {loaded.nextCursor && (
          <p className="thread__more">
            <button type="button" className="button button--quiet" onClick={loadMore} disabled={loadingMore}>
              {ar.comments.loadMore}
            </button>
          </p>
        )}
        {failed && (
          <p className="thread__status" role="status">
            {ar.comments.loadFailed}
          </p>
        )}
      </div>
    </ThreadControlsProvider>
  );
}

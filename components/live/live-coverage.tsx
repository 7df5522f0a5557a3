"use client";

import { useRef, useState } from "react";
import type { KeyEvent, LiveCoveragePage } from "@/lib/dal/public-live";
import { ar } from "@/lib/i18n/site";
import { storyChannel, type LiveUpdateView } from "@/lib/live/events";
import { keyEventTitle } from "@/lib/live/key-event";
import { liveUpdatesPath } from "@/lib/routes";
import { linkPath } from "@/lib/link-paths";
import { LiveUpdateCard } from "./live-update-card";
import { useLiveChannel } from "./use-live-channel";

type Props = { articleId: string; slug: string; coverage: LiveCoveragePage; endedAt: string | null };

const newestFirst = (a: LiveUpdateView, b: LiveUpdateView) => b.publishedAt.localeCompare(a.publishedAt) || b.id - a.id;

function withKeyEvent(keys: KeyEvent[], update: LiveUpdateView): KeyEvent[] {
  const others = keys.filter((key) => key.id !== update.id);
  if (!update.isKeyEvent) return others;
  const key = { id: update.id, headline: keyEventTitle(update), time: update.time, page: keys.find((k) => k.id === update.id)?.page ?? 1 };
  return [...others, key].sort((a, b) => b.id - a.id);
}

/**
 * Live coverage on the story page: the key events and the first page of updates as the server
 * rendered them (complete without JavaScript), kept current from the story's live channel. New
 * updates go straight to the top while its start is in view; a reader further down finds them
 * waiting behind a button, so the page never moves under their eyes.
 */
export function LiveCoverage({ articleId, slug, coverage, endedAt }: Props) {
  const [shown, setShown] = useState(coverage.updates);
  const [waiting, setWaiting] = useState<LiveUpdateView[]>([]);
  const [keys, setKeys] = useState(coverage.keyEvents);
  const [ended, setEnded] = useState(endedAt);
  const [announcement, setAnnouncement] = useState("");
  const [stale, setStale] = useState(false);
  const versions = useRef(new Map(coverage.updates.map((update) => [update.id, update.version])));
  // Where each update is, known at once (state is only read back on the next render).
  const placed = useRef(new Map<number, "shown" | "waiting">(coverage.updates.map((update) => [update.id, "shown"])));
  const stream = useRef<HTMLDivElement>(null);

  const isNewer = (id: number, version: number) => {
    if ((versions.current.get(id) ?? 0) >= version) return false;
    versions.current.set(id, version);
    return true;
  };
  const replaceIn = (list: LiveUpdateView[], update: LiveUpdateView) => list.map((item) => (item.id === update.id ? update : item));

  function receive(update: LiveUpdateView) {
    if (!isNewer(update.id, update.version)) return;
    setKeys((current) => withKeyEvent(current, update));
    const place = placed.current.get(update.id);
    if (place === "shown") {
      setShown((current) => replaceIn(current, update));
      setAnnouncement(ar.live.changed);
    } else if (place === "waiting") {
      setWaiting((current) => replaceIn(current, update));
    } else {
      const atTop = (stream.current?.getBoundingClientRect().top ?? 0) >= 0;
      placed.current.set(update.id, atTop ? "shown" : "waiting");
      (atTop ? setShown : setWaiting)((current) => [update, ...current].sort(newestFirst));
      setAnnouncement(ar.live.arrived(1));
    }
  }

  function remove(id: number, version: number) {
    if (!isNewer(id, version)) return;
    placed.current.delete(id);
    const without = (list: { id: number }[]) => list.filter((item) => item.id !== id);
    setShown((current) => without(current) as LiveUpdateView[]);
    setWaiting((current) => without(current) as LiveUpdateView[]);
    setKeys((current) => without(current) as KeyEvent[]);
    setAnnouncement(ar.live.removed);
  }

  useLiveChannel(storyChannel(articleId), coverage.since, (event) => {
    if (event.kind === "update") receive(event.update);
    else if (event.kind === "update-removed") remove(event.updateId, event.version);
    else if (event.kind === "coverage") {
      setEnded(event.endedAt);
      if (event.endedAt) setAnnouncement(ar.live.coverageEnded);
    } else if (event.kind === "reset") setStale(true);
  });

  function showWaiting() {
    for (const update of waiting) placed.current.set(update.id, "shown");
    setShown((current) => [...waiting, ...current].sort(newestFirst));
    setWaiting([]);
    stream.current?.focus({ preventScroll: true });
    stream.current?.scrollIntoView({ block: "start" });
  }

  const keyHref = (key: KeyEvent) => (key.page === coverage.page ? `#update-${key.id}` : `${linkPath(liveUpdatesPath(slug, key.page))}#update-${key.id}`);

  return (
    <section className="live-coverage" aria-labelledby="live-updates-heading">
      <p className="live-coverage__status">
        {ended ? <span className="badge badge--ended">{ar.live.ended}</span> : <span className="badge badge--live">{ar.live.badge}</span>}
      </p>
      {keys.length > 0 && (
        <nav className="key-events" aria-labelledby="key-events-heading">
          <h2 id="key-events-heading">{ar.live.keyEvents}</h2>
          <ol>
            {keys.map((key) => (
              <li key={key.id}>
                <a href={keyHref(key)}>
                  <time>{key.time}</time> {key.headline}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h2 id="live-updates-heading">{ar.live.updates}</h2>
      {waiting.length > 0 && (
        <button type="button" className="live-coverage__new" onClick={showWaiting}>
          {ar.live.showNew(waiting.length)}
        </button>
      )}
      {stale && (
        <p className="live-coverage__stale" role="status">
          <a href={linkPath(liveUpdatesPath(slug, 1))}>{ar.live.reload}</a>
        </p>
      )}
      <div ref={stream} className="live-coverage__stream" tabIndex={-1}>
        {shown.length === 0 ? <p className="empty-state">{ar.live.empty}</p> : shown.map((update) => <LiveUpdateCard key={update.id} update={update} />)}
      </div>
      {coverage.totalPages > 1 && (
        <p className="live-coverage__more">
          <a href={linkPath(liveUpdatesPath(slug, 2))}>{ar.live.older}</a>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}

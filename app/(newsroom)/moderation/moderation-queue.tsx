"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { deskQueues, type DeskQueue, type QueueItem } from "@/lib/comments/desk";
import type { ModeratorDecision } from "@/lib/comments/transitions";
import { ar } from "@/lib/i18n/moderation";
import { moderateAction } from "./actions";
import { QueueCard } from "./queue-card";

const t = ar.moderationDesk;

type Props = {
  queue: DeskQueue;
  items: QueueItem[];
  counts: Record<DeskQueue, number>;
  page: number;
};

const decisionKeys: Record<string, ModeratorDecision> = { KeyA: "approve", KeyR: "reject", KeyS: "spam" };
const statusAfter: Record<ModeratorDecision, QueueItem["status"]> = { approve: "approved", reject: "rejected", spam: "spam" };

/** Whether a comment stays in this queue after the decision (it then shows its new state). */
function staysInQueue(queue: DeskQueue, decision: ModeratorDecision): boolean {
  return (queue === "approved" && decision === "approve") || (queue === "removed" && decision !== "approve");
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The queue a moderator works through from the keyboard: j/k move (keys by position, so they
 * work on an Arabic layout too), a/r/s decide on the current comment, x selects for bulk
 * decisions, ? explains. Focus moves through the list as a roving tab stop, and every decision
 * is announced to screen readers.
 */
export function ModerationQueue({ queue, items: initialItems, counts: initialCounts, page }: Props) {
  const [items, setItems] = useState(initialItems);
  const [counts, setCounts] = useState(initialCounts);
  const [active, setActive] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState("");
  const [note, setNote] = useState("");
  const [, startTransition] = useTransition();
  const itemRefs = useRef<(HTMLLIElement | null)[]>([]);
  const listRef = useRef<HTMLUListElement>(null);
  const helpDialog = useRef<HTMLDialogElement>(null);
  const focusAfterRender = useRef<number | null>(null);
  const noteId = useId();

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    itemRefs.current[focusAfterRender.current]?.focus();
    focusAfterRender.current = null;
  });

  function focusItem(index: number) {
    if (items.length === 0) return;
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    itemRefs.current[next]?.focus();
  }

  function decide(ids: string[], decision: ModeratorDecision) {
    if (ids.length === 0) {
      setAnnouncement(t.errors.nothingSelected);
      return;
    }
    const before = items;
    const beforeCounts = counts;
    const acted = items.filter((item) => ids.includes(item.id));
    const stays = staysInQueue(queue, decision);
    const remaining = stays
      ? items.map((item) => (ids.includes(item.id) ? { ...item, status: statusAfter[decision] } : item))
      : items.filter((item) => !ids.includes(item.id));
    const firstIndex = Math.max(0, items.findIndex((item) => ids.includes(item.id)));
    setItems(remaining);
    setSelected(new Set());
    if (!stays) setCounts((current) => ({ ...current, [queue]: Math.max(0, current[queue] - acted.length) }));
    const nextIndex = stays ? Math.min(firstIndex + 1, remaining.length - 1) : Math.min(firstIndex, remaining.length - 1);
    setActive(Math.max(0, nextIndex));
    focusAfterRender.current = remaining.length > 0 ? Math.max(0, nextIndex) : null;
    setAnnouncement(acted.length === 1 ? t.announce[decision](acted[0]!.author.name) : t.announce.bulk(acted.length));

    startTransition(async () => {
      let result;
      try {
        result = await moderateAction({ ids, decision, note });
      } catch {
        result = { ok: false, message: t.announce.failed };
      }
      if (!result.ok) {
        setItems(before);
        setCounts(beforeCounts);
        setAnnouncement(result.message ?? t.announce.failed);
        return;
      }
      window.dispatchEvent(new Event("khabar:moderation-changed"));
    });
  }

  const activeItem = items[active];
  const selectedIds = [...selected];

  function toggleSelected(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (helpDialog.current?.open) return;
      if (event.key === "?" || event.key === "؟") {
        event.preventDefault();
        helpDialog.current?.showModal();
        return;
      }
      if (items.length === 0) return;
      // The first j or k brings focus into the queue at the current comment.
      const inQueue = listRef.current?.contains(document.activeElement) ?? false;
      switch (event.code) {
        case "ArrowDown":
        case "ArrowUp":
          // Arrows scroll the page as usual unless focus is in the queue.
          if (!inQueue) return;
          event.preventDefault();
          focusItem(active + (event.code === "ArrowDown" ? 1 : -1));
          return;
        case "KeyJ":
          event.preventDefault();
          focusItem(inQueue ? active + 1 : active);
          return;
        case "KeyK":
          event.preventDefault();
          focusItem(inQueue ? active - 1 : active);
          return;
        case "Home":
        case "End":
          if (!inQueue) return;
          event.preventDefault();
          focusItem(event.code === "Home" ? 0 : items.length - 1);
          return;
        case "KeyX":
          if (activeItem) {
            event.preventDefault();
            toggleSelected(activeItem.id);
          }
          return;
      }
      const decision = decisionKeys[event.code];
      if (decision && activeItem && !event.shiftKey) {
        event.preventDefault();
        decide([activeItem.id], decision);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const allSelected = items.length > 0 && selected.size === items.length;

  return (
    <div className="desk">
      <nav className="desk-tabs" aria-label={t.nav.queue}>
        <ul>
          {deskQueues.map((name) => (
            <li key={name}>
              <Link href={name === "pending" ? "/moderation" : `/moderation?queue=${name}`} aria-current={name === queue ? "page" : undefined}>
                {t.queues[name]}
                <span className="desk-tabs__count">{counts[name]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="desk__toolbar" role="toolbar" aria-label={t.selected(selected.size)}>
        <label className="choice">
          <input
            type="checkbox"
            checked={allSelected}
            onChange={() => setSelected(allSelected ? new Set() : new Set(items.map((item) => item.id)))}
          />
          {t.selectAll}
        </label>
        <span className="desk__selected">{t.selected(selected.size)}</span>
        <button type="button" className="button button--small button--approve" disabled={selected.size === 0} onClick={() => decide(selectedIds, "approve")}>
          {t.bulkApprove}
        </button>
        <button type="button" className="button button--small button--quiet" disabled={selected.size === 0} onClick={() => decide(selectedIds, "reject")}>
          {t.bulkReject}
        </button>
        <button type="button" className="button button--small button--danger" disabled={selected.size === 0} onClick={() => decide(selectedIds, "spam")}>
          {t.bulkSpam}
        </button>
        <div className="desk__note">
          <label htmlFor={noteId} className="visually-hidden">
            {t.noteLabel}
          </label>
          <input id={noteId} value={note} onChange={(event) => setNote(event.target.value)} placeholder={t.noteLabel} maxLength={500} />
        </div>
        <button type="button" className="button button--small button--quiet" aria-keyshortcuts="?" onClick={() => helpDialog.current?.showModal()}>
          {t.help} <kbd>?</kbd>
        </button>
      </div>
      <p className="desk__hint" aria-hidden="true">
        {t.shortcutsHint}
      </p>

      {items.length === 0 ? (
        <div className="empty-state desk__empty">
          <p>{t.emptyQueue}</p>
          {page > 1 || initialItems.length > 0 ? (
            <p>
              <a href={queue === "pending" ? "/moderation" : `/moderation?queue=${queue}`}>{t.queues[queue]}</a>
            </p>
          ) : null}
        </div>
      ) : (
        <ul ref={listRef} className="queue" aria-label={t.queues[queue]}>
          {items.map((item, index) => (
            <QueueCard
              key={item.id}
              item={item}
              active={index === active}
              selected={selected.has(item.id)}
              position={index + 1}
              total={items.length}
              ref={(element) => {
                itemRefs.current[index] = element;
              }}
              onFocus={() => setActive(index)}
              onToggle={() => toggleSelected(item.id)}
              onDecide={(decision) => decide([item.id], decision)}
            />
          ))}
        </ul>
      )}

      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <dialog ref={helpDialog} className="dialog" aria-labelledby={`${noteId}-help`}>
        <h2 id={`${noteId}-help`}>{t.helpTitle}</h2>
        <table className="data-table">
          <tbody>
            {t.shortcuts.map(([key, action]) => (
              <tr key={key}>
                <th scope="row">
                  <kbd>{key}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit" className="button" autoFocus>
            {t.close}
          </button>
        </form>
      </dialog>
    </div>
  );
}

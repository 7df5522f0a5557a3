"use client";

import Link from "next/link";
import { RecentTime } from "@/components/ui/recent-time";
import { explainDecision, markEvidence, type QueueItem } from "@/lib/comments/desk";
import type { ModeratorDecision } from "@/lib/comments/transitions";
import { ar } from "@/lib/i18n/moderation";
import { ar as site } from "@/lib/i18n/site";
import { articlePath, commentsPath } from "@/lib/routes";

const t = ar.moderationDesk;

const decisionLabel: Record<ModeratorDecision, string> = { approve: t.approve, reject: t.reject, spam: t.spam };

type CardProps = {
  item: QueueItem;
  active: boolean;
  selected: boolean;
  position: number;
  total: number;
  ref: React.Ref<HTMLLIElement>;
  onFocus: () => void;
  onToggle: () => void;
  onDecide: (decision: ModeratorDecision) => void;
};

/** One comment in the queue: who wrote it where, what the rules found in it, and the decisions. */
export function QueueCard({ item, active, selected, position, total, ref, onFocus, onToggle, onDecide }: CardProps) {
  const id = `queue-${item.id}`;
  const segments = markEvidence(item.body, item.decision?.evidence ?? null);
  const why = item.decision ? explainDecision(item.decision) : "";
  const { author } = item;
  const decisions: ModeratorDecision[] = ["approve", "reject", "spam"];
  return (
    <li
      ref={ref}
      tabIndex={active ? 0 : -1}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocus();
      }}
      onClick={onFocus}
      className={`queue-item${active ? " queue-item--active" : ""}${selected ? " queue-item--selected" : ""}`}
      aria-labelledby={`${id}-author ${id}-body`}
      aria-describedby={`${id}-why`}
      aria-posinset={position}
      aria-setsize={total}
    >
      <div className="queue-item__select">
        <input type="checkbox" tabIndex={active ? 0 : -1} checked={selected} onChange={onToggle} aria-label={t.select(author.name)} />
      </div>
      <div className="queue-item__main">
        <p className="queue-item__meta">
          <span id={`${id}-author`} className="queue-item__author">
            <bdi>{author.name}</bdi>
          </span>
          {author.isGuest ? (
            <span className="pill">{t.guestAuthor}</span>
          ) : author.trusted ? (
            <span className="pill pill--ok">{t.trusted}</span>
          ) : (
            <span className="pill">{t.untrusted(author.counts.approved, author.trustThreshold)}</span>
          )}
          {author.restriction && <span className="pill pill--alert">{author.restriction}</span>}
          <RecentTime dateTime={item.createdAt} label={item.createdAtLabel} />
          {item.edited && <span className="pill">{site.comments.edited}</span>}
          <span className={`pill pill--status-${item.status}`}>{t.statuses[item.status]}</span>
        </p>
        <p className="queue-item__article">
          {t.onArticle}{" "}
          <a href={articlePath(item.article.slug)} tabIndex={active ? 0 : -1} target="_blank" rel="noreferrer">
            {item.article.headline}
          </a>
        </p>
        {item.parent && (
          <blockquote className="queue-item__parent" dir="auto">
            <span className="queue-item__parent-label">
              {t.inReplyTo} <bdi>{item.parent.authorName}</bdi>:
            </span>{" "}
            {item.parent.body.length > 220 ? `${item.parent.body.slice(0, 220)}…` : item.parent.body}
          </blockquote>
        )}
        <p id={`${id}-body`} className="queue-item__body" dir="auto">
          {segments.map((segment, index) => (segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
        </p>
        <div id={`${id}-why`} className="queue-item__why">
          {item.decision && (
            <p>
              <strong>{item.decision.actorName ? t.lastDecision : t.why}:</strong> {why || item.decision.reason}
              <span className="queue-item__who">
                {" "}
                · {t.decidedBy(item.decision.actorName ?? t.system)} · {item.decision.atLabel}
              </span>
            </p>
          )}
          {item.reports.open > 0 && (
            <p>
              <strong>{t.reportsCount(item.reports.open)}:</strong>{" "}
              {Object.entries(item.reports.reasons)
                .map(([reason, n]) => `${site.comments.reportReasons[reason as keyof typeof site.comments.reportReasons]} (${n})`)
                .join("، ")}
              {item.reports.notes.map((reportNote, index) => (
                <q key={index} className="queue-item__note" dir="auto">
                  {reportNote}
                </q>
              ))}
            </p>
          )}
        </div>
        <p className="queue-item__history">
          <span>{t.history(author.counts.approved, author.counts.pending, author.counts.rejected, author.counts.spam)}</span>
          {author.recentDecisions.length > 0 && (
            <span>
              {" "}
              · {t.recentDecisions}: {author.recentDecisions.map((d) => t.actionsLog[d.action]).join("، ")}
            </span>
          )}
          {author.userId && (
            <>
              {" "}
              · <Link href={`/moderation/commenters/${author.userId}`} tabIndex={active ? 0 : -1}>{t.commenterPage}</Link>
            </>
          )}
          {author.guestEmail && (
            <span dir="ltr" className="queue-item__email">
              {" "}
              {author.guestEmail}
            </span>
          )}
          {item.status === "approved" && (
            <>
              {" "}
              · <a href={commentsPath(item.article.slug)} tabIndex={active ? 0 : -1}>{site.comments.heading}</a>
            </>
          )}
        </p>
      </div>
      <div className="queue-item__actions">
        {decisions.map((decision) => (
          <button
            key={decision}
            type="button"
            tabIndex={active ? 0 : -1}
            className={`button button--small ${decision === "approve" ? "button--approve" : decision === "spam" ? "button--danger" : "button--quiet"}`}
            aria-keyshortcuts={decision === "approve" ? "a" : decision === "reject" ? "r" : "s"}
            onClick={() => onDecide(decision)}
          >
            {item.status === "approved" && decision === "approve" ? t.keepUp : decisionLabel[decision]}
            <kbd aria-hidden="true">{decision === "approve" ? "a" : decision === "reject" ? "r" : "s"}</kbd>
          </button>
        ))}
      </div>
    </li>
  );
}
